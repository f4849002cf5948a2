// The stand-in is JavaScript checked on its own (prisma/engine/tsconfig.json); the strict program
// that checks the tests sees only the signatures the unit test uses.
declare module "@/prisma/engine/diagnostics.mjs" {
  export function errorCodeForMessage(message: string): string | undefined;
  export function toRpcError(error: unknown): { code: number; message: string; data: Record<string, unknown> };
  export function userFacingFromPgError(error: unknown, target: unknown): (Error & { errorCode: string }) | null;
}

declare module "@/prisma/engine/pg-adapter.mjs" {
  type TTarget = {
    url: string;
    schema: string | undefined;
    database: string;
    host: string;
    port: string;
    user: string;
    poolConfig: { connectionString: string; connectionTimeoutMillis: number; max?: number };
  };
  export function parseTarget(connectionString: string): TTarget;
  export function withDatabase(target: TTarget, database: string): TTarget;
  export function quoteIdent(name: string): string;
}
