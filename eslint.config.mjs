import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "prisma/engine/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
];

export default config;
