import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bin, repoRoot, run } from "@/lib/cli/database";

/** What a production build is made from; a change to any of these makes the build stale. */
const buildInputs = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const skip = new Set(["generated", "cli", "node_modules"]);
const stampFile = path.join(repoRoot, ".next", "kb-source-hash");

export function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  const visit = (full: string) => {
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) if (!skip.has(name)) visit(path.join(full, name));
    } else {
      hash.update(path.relative(repoRoot, full)).update(fs.readFileSync(full));
    }
  };
  buildInputs.forEach((input) => visit(path.join(repoRoot, input)));
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return (
    fs.existsSync(path.join(repoRoot, ".next", "BUILD_ID")) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, "utf8") === sourceHash()
  );
}

/** Runs `next build` unless the existing build was made from the same sources. Returns true if it built. */
export async function buildIfStale(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (buildIsCurrent()) return false;
  const hash = sourceHash();
  await run(bin("next"), ["build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
  fs.writeFileSync(stampFile, hash);
  return true;
}
