import path from "node:path";

/** The content folder of this checkout. */
export const defaultContentDir = path.join(process.cwd(), "content");
