// `npm run bench` calls the search functions directly (to EXPLAIN their queries). They import
// "server-only", which throws outside React Server Components; in the benchmark's process it
// resolves to an empty module instead.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
