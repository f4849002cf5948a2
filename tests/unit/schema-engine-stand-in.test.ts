import { describe, expect, it } from "vitest";
// The schema-engine stand-in (prisma/engine/) is plain JavaScript checked through JSDoc; these
// are its pure parts, the ones a Prisma upgrade or an edit is most likely to break silently.
import { errorCodeForMessage, toRpcError, userFacingFromPgError } from "@/prisma/engine/diagnostics.mjs";
import { parseTarget, quoteIdent, withDatabase } from "@/prisma/engine/pg-adapter.mjs";

describe("prisma/engine: connection URLs", () => {
  it("turns a Prisma URL into node-postgres settings, dropping Prisma-only parameters", () => {
    const target = parseTarget("postgresql://kb:secret@db.example:6543/kunnskap?schema=kb&connection_limit=3&connect_timeout=7");
    expect(target).toMatchObject({ database: "kunnskap", host: "db.example", port: "6543", user: "kb", schema: "kb" });
    expect(target.poolConfig.max).toBe(3);
    expect(target.poolConfig.connectionTimeoutMillis).toBe(7000);
    const passed = new URL(target.poolConfig.connectionString);
    expect(passed.searchParams.has("connection_limit")).toBe(false);
    expect(passed.searchParams.has("schema")).toBe(false);
    // The URL's schema becomes the search path of every pooled connection, as with the native engine.
    expect(passed.searchParams.get("options")).toBe('-c search_path="kb"');
  });

  it("defaults the database, the port and the connect timeout; refuses other databases", () => {
    const target = parseTarget("postgres://127.0.0.1");
    expect(target).toMatchObject({ database: "postgres", port: "5432" });
    expect(target.poolConfig.connectionTimeoutMillis).toBe(5000);
    expect(() => parseTarget("mysql://localhost/x")).toThrow(/only supports PostgreSQL/);
    expect(() => parseTarget("not a url")).toThrow(/invalid/);
  });

  it("points the same server at another database, and quotes identifiers", () => {
    const shadow = withDatabase(parseTarget("postgresql://kb@127.0.0.1:5432/main?schema=public"), "kb shadow");
    expect(shadow.database).toBe("kb shadow");
    expect(new URL(shadow.poolConfig.connectionString).pathname).toBe("/kb%20shadow");
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });
});

describe("prisma/engine: errors as the Prisma CLI expects them", () => {
  const target = parseTarget("postgresql://kb@127.0.0.1:5432/kunnskap");

  it("maps connection-level PostgreSQL errors to Prisma's P-codes, and nothing else", () => {
    expect(userFacingFromPgError({ code: "ECONNREFUSED" }, target)?.errorCode).toBe("P1001");
    expect(userFacingFromPgError({ code: "3D000", message: "does not exist" }, target)?.errorCode).toBe("P1003");
    expect(userFacingFromPgError({ code: "28P01", message: "password" }, target)?.errorCode).toBe("P1000");
    expect(userFacingFromPgError({ code: "42P01", message: 'relation "x" does not exist', severity: "ERROR" }, target)).toBeNull();
  });

  it("recognises the wasm engine's messages by their wording", () => {
    expect(errorCodeForMessage("Database `kunnskap` already exists on the database server")).toBe("P1009");
    expect(errorCodeForMessage("syntax error at or near")).toBeUndefined();
  });

  it("wraps errors in the native engine's JSON-RPC layout (code 4466, data.error_code)", () => {
    const rpc = toRpcError(userFacingFromPgError({ code: "ECONNREFUSED" }, target));
    expect(rpc.code).toBe(4466);
    expect(rpc.data).toMatchObject({ is_panic: false, error_code: "P1001" });
  });
});
