/**
 * Runs once when the server starts (not during the build): a malformed or unsafe environment —
 * e.g. an http NEXTAUTH_URL in production other than localhost — stops start-up with the same
 * message `npm start` gives, instead of surfacing at the first sign-in. Next only logs an error
 * thrown here and serves on, so the problem is also left where lib/cli/serve.mjs looks for it
 * after `prepare()` and exits.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("@/lib/env");
  try {
    readEnv();
  } catch (error) {
    (globalThis as Record<symbol, unknown>)[Symbol.for("kunnskapsbanken.startupError")] = error instanceof Error ? error.message : String(error);
    throw error;
  }
}
