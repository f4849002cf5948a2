import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Layers: pages and components reach data through lib/ modules that own the database; they do not
 * import the Prisma client or the database handle themselves. Tests, the benchmark and prisma/
 * scripts may (they set up databases of their own).
 */
const dataLayerImports = {
  paths: [{ name: "@/lib/db", message: "Data goes through a lib/ module that reads the database itself; pages and components do not hold the database." }],
  patterns: [
    {
      group: ["@/lib/generated/prisma/client", "@/lib/generated/prisma/models", "@/lib/generated/prisma/models/*", "@prisma/client", "@prisma/client/*"],
      message: "The Prisma client belongs to lib/; the enums are in @/lib/generated/prisma/enums and lib/vocabulary.ts.",
    },
  ],
};

const config = [
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Typed linting only where a promise can be dropped: the server side and the tests.
    files: ["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "tests/**/*.ts", "proxy.ts", "instrumentation.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", dataLayerImports] },
  },
];

export default config;
