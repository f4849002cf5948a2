import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { defaultContentDir } from "@/lib/content/paths";

/** Where the hash of the last imported content/ is kept (table app_meta). */
export const CONTENT_HASH_KEY = "content_hash";

/** A hash of every content file, so that `npm start` can tell whether content/ changed. */
export function contentHash(dir: string = defaultContentDir): string {
  const hash = crypto.createHash("sha256");
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".md")) hash.update(path.relative(dir, full)).update(fs.readFileSync(full));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return hash.digest("hex");
}

