// @ts-check
// PostgreSQL driver adapter for the wasm schema engine.
//
// The wasm engine does no I/O of its own: it talks to the database through a
// "migration-aware" driver adapter factory (`connect()` for the main database,
// `connectToShadowDb()` for the throwaway database `migrate dev` / `migrate
// diff --from-migrations` replay migrations into). We build that on top of the
// official `@prisma/adapter-pg`, fixing the places where adapter-pg 7.10 does
// not serve the schema engine well (the numbers follow the list of upstream
// problems in schema-engine.mjs):
//
//  1. Result conversion rejects PostgreSQL's internal types that the engine's
//     catalog queries return (`"char"` oid 18 — e.g. `pg_constraint.contype`,
//     which PostgreSQL 18 also returns for NOT NULL constraints — and the reg*
//     OID-alias types). We make node-postgres hand those columns over as text
//     and report `"char"` columns with the `Character` column type, which is
//     what the engine's describer reads them as (the native engine's driver
//     also returns `"char"` as a character) — see CatalogTypesClient.
//  2. Its shadow-database helper drops the database before closing the pool
//     that is still connected to it ("database is being accessed by other
//     users"). We create the shadow database ourselves and drop it
//     `WITH (FORCE)` only after its pool is closed.
//  -  `executeScript` splits the script on every `;`, which breaks migrations
//     containing function bodies (`$$ … ; … $$`) or string literals with
//     semicolons. The native engine sends the whole script as one
//     simple-protocol query; so do we.
//  -  A configured `shadowDatabaseUrl` is used as-is by the wasm engine; the
//     native engine empties it first, and so do we.
//  -  Errors that are not adapter errors reach the engine as an opaque
//     "External error id#N"; we convert them so their message is shown.

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, DriverAdapterError } from '@prisma/driver-adapter-utils';
import { errorFields, log, userFacingFromPgError } from './diagnostics.mjs';

/** @typedef {import('@prisma/driver-adapter-utils').SqlDriverAdapter} SqlDriverAdapter */
/** @typedef {import('@prisma/driver-adapter-utils').SqlQueryable} SqlQueryable */
/** @typedef {{ connectionString: string, connectionTimeoutMillis: number, max?: number }} PoolConfig */
/**
 * A database to connect to, parsed from a Prisma connection URL.
 * @typedef {{ url: string, schema: string | undefined, database: string, host: string, port: string, user: string, poolConfig: PoolConfig }} Target
 */

// ---------------------------------------------------------------------------
// Connection targets (URL handling)
// ---------------------------------------------------------------------------

/**
 * Query parameters that only mean something to Prisma's Rust connectors.
 * node-postgres would ignore or misread them, so they are translated here and
 * removed from the URL handed to `pg`.
 */
const PRISMA_ONLY_PARAMS = [
  'schema',
  'connection_limit',
  'pool_timeout',
  'socket_timeout',
  'pgbouncer',
  'statement_cache_size',
  'sslaccept',
  'sslidentity',
  'sslpassword',
  'max_connection_lifetime',
  'max_idle_connection_lifetime',
  'connect_timeout', // libpq-style; node-postgres needs connectionTimeoutMillis
];

/** Prisma's default connect timeout (seconds) when the URL sets none. */
const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

/**
 * Parse a Prisma PostgreSQL connection URL into what we need to connect with
 * node-postgres: `{ url, schema, database, host, port, user, poolConfig }`.
 * @param {string} connectionString
 * @returns {Target}
 */
export function parseTarget(connectionString) {
  let url;
  try {
    url = new URL(connectionString);
  } catch {
    throw new Error('The provided database string is invalid. The scheme is not recognized in database URL.');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(
      `This stand-in schema engine only supports PostgreSQL, but the datasource URL uses \`${url.protocol.replace(/:$/, '')}\`.`,
    );
  }
  const params = url.searchParams;
  const schema = params.get('schema') ?? undefined;
  const connectionLimit = Number.parseInt(params.get('connection_limit') ?? '', 10);
  const sslAccept = params.get('sslaccept');
  const connectTimeout = Number.parseInt(params.get('connect_timeout') ?? `${DEFAULT_CONNECT_TIMEOUT_SECONDS}`, 10);
  for (const name of PRISMA_ONLY_PARAMS) params.delete(name);

  // The native engine runs `SET search_path` to the URL's schema on every
  // connection, so hand-written SQL in migrations resolves unqualified names
  // in that schema. A startup option does the same for every pooled client.
  if (schema) {
    const setting = `-c search_path="${schema.replaceAll('"', '""')}"`;
    params.set('options', [params.get('options'), setting].filter(Boolean).join(' '));
  }
  if (sslAccept === 'accept_invalid_certs' && !params.has('sslmode')) params.set('sslmode', 'no-verify');

  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  // Without a timeout an unreachable host would hang the CLI for minutes;
  // `connect_timeout=0` disables it, as in Prisma.
  /** @type {PoolConfig} */
  const poolConfig = {
    connectionString: url.toString(),
    connectionTimeoutMillis: Number.isFinite(connectTimeout) ? connectTimeout * 1000 : DEFAULT_CONNECT_TIMEOUT_SECONDS * 1000,
  };
  if (Number.isFinite(connectionLimit) && connectionLimit > 0) poolConfig.max = connectionLimit;

  return {
    url: url.toString(),
    schema,
    database,
    host: url.hostname || params.get('host') || 'localhost',
    port: url.port || '5432',
    user: decodeURIComponent(url.username) || process.env.USER || 'postgres',
    poolConfig,
  };
}

/**
 * The same server and options, but another database.
 * @param {Target} target
 * @param {string} database
 * @returns {Target}
 */
export function withDatabase(target, database) {
  const url = new URL(target.url);
  url.pathname = `/${encodeURIComponent(database)}`;
  return { ...target, url: url.toString(), database, poolConfig: { ...target.poolConfig, connectionString: url.toString() } };
}

/** @param {unknown} name */
export function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

// ---------------------------------------------------------------------------
// Result type coercion (upstream problem 1)
// ---------------------------------------------------------------------------

const CHAR_OID = 18; // "char": single-byte internal type
const TEXT_OID = 25;
/** @type {any} pg's TypeId union does not list the array OIDs. */
const TEXT_ARRAY_OID = 1009;

/**
 * Built-in types adapter-pg 7.10 has no column type for (it throws
 * "Unsupported column type …"), but whose text representation is exactly what
 * the engine wants. Mostly catalog types: "char", the reg* OID aliases,
 * pg_node_tree, aclitem, int2vector/oidvector, xid/cid/tid, plus `unknown`
 * (untyped literals in SELECT lists).
 */
const TEXT_LIKE_OIDS = new Set([
  CHAR_OID, // additionally reported as Character, see charColumnsByRows
  22, // int2vector
  24, // regproc
  27, // tid
  28, // xid
  29, // cid
  30, // oidvector
  194, // pg_node_tree
  705, // unknown
  1033, // aclitem
  2202, // regprocedure
  2203, // regoper
  2204, // regoperator
  2205, // regclass
  2206, // regtype
  3220, // pg_lsn
  3734, // regconfig
  3769, // regdictionary
  4089, // regnamespace
  4096, // regrole
  4191, // regcollation
  5069, // xid8
]);

/** Arrays of the types above (and name[]), delivered as text[]. */
const TEXT_LIKE_ARRAY_OIDS = new Set([
  1003, // name[]
  1006, // int2vector[]
  1008, // regproc[]
  1010, // tid[]
  1011, // xid[]
  1012, // cid[]
  1013, // oidvector[]
  1034, // aclitem[]
  2207, // regprocedure[]
  2208, // regoper[]
  2209, // regoperator[]
  2210, // regclass[]
  2211, // regtype[]
  4090, // regnamespace[]
  4097, // regrole[]
  4192, // regcollation[]
]);

const parseTextArray = pg.types.getTypeParser(TEXT_ARRAY_OID, 'text');
const keepText = (/** @type {string} */ value) => value;

/**
 * Wrap a pg type-parser registry so the types above are read as text / text[].
 * @param {{ getTypeParser(oid: number, format?: string): unknown }} types
 */
function textFallbackTypes(types) {
  return {
    /**
     * @param {number} oid
     * @param {string} [format]
     */
    getTypeParser(oid, format) {
      if (format !== 'binary') {
        if (TEXT_LIKE_OIDS.has(oid)) return keepText;
        if (TEXT_LIKE_ARRAY_OIDS.has(oid)) return parseTextArray;
      }
      return types.getTypeParser(oid, format);
    },
  };
}

/**
 * Positions of `"char"` columns, keyed by the result's `rows` array. adapter-pg
 * has no mapping to the `Character` column type, so `"char"` is relabelled as
 * text for it and corrected afterwards in `queryRaw` (see patchQueryable).
 * The rows array is the one object that travels unchanged from node-postgres
 * through adapter-pg's `queryRaw` result, hence the key.
 */
/** @type {WeakMap<object, number[]>} */
const charColumnsByRows = new WeakMap();

/**
 * Relabel the affected columns so adapter-pg maps them to Text / TextArray.
 * @template {import('pg').QueryResult | import('pg').QueryResult[]} R
 * @param {R} result
 * @returns {R}
 */
function relabelFields(result) {
  if (Array.isArray(result)) {
    result.forEach(relabelFields); // multi-statement simple query
    return result;
  }
  /** @type {number[]} */
  const charColumns = [];
  (result?.fields ?? []).forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) charColumns.push(index);
    if (TEXT_LIKE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    else if (TEXT_LIKE_ARRAY_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY_OID;
  });
  if (charColumns.length > 0 && Array.isArray(result.rows)) charColumnsByRows.set(result.rows, charColumns);
  return result;
}

/**
 * Wrap a queryable's `queryRaw` so `"char"` columns get the Character type,
 * and make sure failures reach the engine as adapter errors (adapter-pg
 * rethrows errors it does not recognise, e.g. connection timeouts, as is).
 * @template {SqlQueryable} Q
 * @param {Q} queryable
 * @param {Target} target
 * @returns {Q}
 */
function patchQueryable(queryable, target) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      throw toDriverAdapterError(error, target);
    }
  };
  queryable.queryRaw = async (query) => {
    let resultSet;
    try {
      resultSet = await queryRaw(query);
    } catch (error) {
      throw toDriverAdapterError(error, target);
    }
    const charColumns = charColumnsByRows.get(resultSet.rows);
    if (charColumns) {
      resultSet.columnTypes = resultSet.columnTypes.slice();
      for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return queryable;
}

/**
 * A node-postgres client that returns the text-like internal types as text.
 * adapter-pg's conversion functions are module-private, so the fix sits one
 * layer below: every query of the adapter (pool queries and transactions
 * alike) goes through `Client#query`. Parsing is switched to text for those
 * OIDs, then the field metadata is relabelled before adapter-pg looks at it.
 * Only pools created by this module use this class.
 */
// pg.Client#query is a set of overloads; this override accepts them all and passes them on.
class CatalogTypesClient extends /** @type {any} */ (pg.Client) {
  /**
   * @param {any} config
   * @param {any} [values]
   * @param {any} [callback]
   * @returns {any}
   */
  query(config, values, callback) {
    // Submittables (cursors, streams) and exotic call forms go through as-is.
    if (config == null || typeof config.submit === 'function') return super.query(config, values, callback);

    const queryConfig = typeof config === 'string' ? { text: config } : { ...config };
    queryConfig.types = textFallbackTypes(queryConfig.types ?? pg.types);

    const cb = typeof values === 'function' ? values : callback;
    const args = typeof values === 'function' ? undefined : values;
    if (typeof queryConfig.callback === 'function') {
      const inner = queryConfig.callback;
      queryConfig.callback = (/** @type {Error | null} */ err, /** @type {import('pg').QueryResult} */ res) => inner(err, err ? res : relabelFields(res));
      return super.query(queryConfig, args);
    }
    if (cb) return super.query(queryConfig, args, (/** @type {Error | null} */ err, /** @type {import('pg').QueryResult} */ res) => cb(err, err ? res : relabelFields(res)));
    return super.query(queryConfig, args).then(relabelFields);
  }
}

// ---------------------------------------------------------------------------
// Adapter factory
// ---------------------------------------------------------------------------

/**
 * Convert an error into the adapter error the engine understands. Plain JS
 * errors must not reach the engine: it only reports them as "External error
 * id#N", losing the message.
 * @param {unknown} thrown
 * @param {Target} target
 */
function toDriverAdapterError(thrown, target) {
  const error = errorFields(thrown);
  if (thrown instanceof DriverAdapterError || error?.name === 'DriverAdapterError') return thrown;
  if (typeof error?.code === 'string' && typeof error?.severity === 'string') {
    return new DriverAdapterError({
      kind: 'postgres',
      code: error.code,
      severity: error.severity,
      message: error.message ?? '',
      detail: error.detail,
      column: error.column,
      hint: error.hint,
      originalCode: error.code,
      originalMessage: error.message,
    });
  }
  const friendly = userFacingFromPgError(error, target);
  if (friendly?.errorCode === 'P1001') {
    return new DriverAdapterError({ kind: 'DatabaseNotReachable', host: target.host, port: Number(target.port) });
  }
  const message = friendly?.message ?? error?.message ?? String(thrown);
  return new DriverAdapterError(/** @type {any} the postgres kind's optional fields stay unset */ ({ kind: 'postgres', code: 'N/A', severity: 'ERROR', message }));
}

/**
 * Run `fn(client)` on a short-lived, unpooled connection for administrative
 * statements (CREATE/DROP DATABASE cannot run inside the adapter's pools: they
 * need to be connected to a *different* database than the one affected).
 * Falls back to the `postgres` and `template1` maintenance databases when the
 * target database itself cannot be connected to.
 * @template T
 * @param {Target} target
 * @param {(client: pg.Client) => Promise<T>} fn
 * @param {{ candidates?: string[] }} [options]
 * @returns {Promise<T>}
 */
export async function withAdminClient(target, fn, { candidates = [target.database, 'postgres', 'template1'] } = {}) {
  /** @type {unknown} */
  let lastError;
  for (const database of [...new Set(candidates)]) {
    const client = new pg.Client(withDatabase(target, database).poolConfig);
    client.on('error', (err) => log('WARN', `admin connection error: ${err.message}`));
    try {
      await client.connect();
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      // Only "this database is not usable" is worth retrying elsewhere.
      const code = errorFields(error)?.code;
      if (code === '3D000' || code === '28000' || code === '42501') continue;
      throw error;
    }
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw lastError;
}

/**
 * `SqlMigrationAwareDriverAdapterFactory` for the wasm engine (wrap it with
 * `bindMigrationAwareSqlAdapterFactory` before handing it over).
 */
export class PgMigrationAdapterFactory {
  provider = 'postgres';
  adapterName = '@prisma/adapter-pg';

  /**
   * Open adapters; closed on shutdown in case the engine never disposes them.
   * @type {Set<SqlDriverAdapter>}
   */
  #openAdapters = new Set();
  /**
   * Shadow databases created by us and not yet dropped.
   * @type {Set<string>}
   */
  #shadowDatabases = new Set();

  /**
   * @param {{ url: string, shadowDatabaseUrl?: string }} datasource
   */
  constructor({ url, shadowDatabaseUrl }) {
    this.main = parseTarget(url);
    this.shadow = shadowDatabaseUrl ? parseTarget(shadowDatabaseUrl) : undefined;
  }

  async connect() {
    return this.#open(this.main);
  }

  /**
   * With `shadowDatabaseUrl` configured, empty that database and use it (the
   * native engine does the same; the wasm engine expects the factory to hand
   * over a clean database). Otherwise create a temporary database next to the
   * main one.
   */
  async connectToShadowDb() {
    if (this.shadow) {
      await this.#resetConfiguredShadowDatabase();
      return this.#open(this.shadow);
    }

    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    try {
      await withAdminClient(this.main, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    } catch (error) {
      throw toDriverAdapterError(error, this.main);
    }
    this.#shadowDatabases.add(name);
    log('INFO', `Created shadow database ${name}`);
    try {
      return await this.#open(withDatabase(this.main, name), () => this.#dropShadowDatabase(name));
    } catch (error) {
      await this.#dropShadowDatabase(name);
      throw error;
    }
  }

  /** Connection URLs of the shadow databases created and not yet dropped. */
  get pendingShadowDatabaseUrls() {
    return [...this.#shadowDatabases].map((name) => withDatabase(this.main, name).url);
  }

  /** Close every pool and drop every shadow database still around. */
  async close() {
    await Promise.allSettled([...this.#openAdapters].map((adapter) => adapter.dispose()));
    await Promise.allSettled([...this.#shadowDatabases].map((name) => this.#dropShadowDatabase(name)));
  }

  async #resetConfiguredShadowDatabase() {
    const { main } = this;
    const shadow = /** @type {NonNullable<typeof this.shadow>} */ (this.shadow);
    if (shadow.host === main.host && shadow.port === main.port && shadow.database === main.database) {
      const message =
        'The shadow database you configured appears to be the same as the main database. Please specify another shadow database.';
      throw toDriverAdapterError(new Error(message), shadow);
    }
    const schema = shadow.schema ?? 'public';
    try {
      await withAdminClient(
        shadow,
        async (client) => {
          // Every non-system schema goes (with the extensions and objects in
          // it), then the migrations' target schema is recreated empty.
          await client.query(`
            DO $reset$
            DECLARE s record;
            BEGIN
              FOR s IN SELECT nspname FROM pg_namespace
                       WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
              LOOP
                EXECUTE format('DROP SCHEMA %I CASCADE', s.nspname);
              END LOOP;
            END
            $reset$`);
          await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
        },
        { candidates: [shadow.database] },
      );
      log('INFO', `Reset shadow database ${shadow.database}`);
    } catch (error) {
      throw toDriverAdapterError(error, shadow);
    }
  }

  /**
   * @param {Target} target
   * @param {() => Promise<void>} [afterDispose]
   * @returns {Promise<SqlDriverAdapter>}
   */
  async #open(target, afterDispose) {
    // CatalogTypesClient is a pg.Client (its base is typed `any` only to override query's overloads).
    const Client = /** @type {typeof pg.Client} */ (/** @type {unknown} */ (CatalogTypesClient));
    const pool = new pg.Pool({ ...target.poolConfig, Client });
    const adapter = await new PrismaPg(pool, {
      schema: target.schema,
      // The pool belongs to this adapter alone: close it on dispose.
      disposeExternalPool: true,
      onPoolError: (err) => log('WARN', `Idle database connection error: ${err.message}`),
      onConnectionError: (err) => log('WARN', `Database connection error: ${err.message}`),
    }).connect();

    // "char" columns and error conversion. Transactions are separate
    // queryables, created per startTransaction().
    patchQueryable(adapter, target);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => {
      try {
        return patchQueryable(await startTransaction(...args), target);
      } catch (error) {
        throw toDriverAdapterError(error, target);
      }
    };

    // Run scripts as one simple-protocol query, like the native engine.
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        throw toDriverAdapterError(error, target);
      }
    };

    // Own the dispose so that pools are closed exactly once, *before* the
    // shadow database they point at is dropped (upstream problem 2).
    const disposePool = adapter.dispose.bind(adapter);
    /** @type {Promise<void> | undefined} */
    let disposed;
    adapter.dispose = () => {
      disposed ??= (async () => {
        this.#openAdapters.delete(adapter);
        try {
          await disposePool();
        } finally {
          await afterDispose?.();
        }
      })();
      return disposed;
    };
    this.#openAdapters.add(adapter);
    return adapter;
  }

  /** @param {string} name */
  async #dropShadowDatabase(name) {
    if (!this.#shadowDatabases.has(name)) return;
    this.#shadowDatabases.delete(name);
    try {
      await withAdminClient(
        this.main,
        async (client) => {
          try {
            // FORCE (PostgreSQL 13+) also ends sessions the engine may have left.
            await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
          } catch (error) {
            if (errorFields(error)?.code !== '42601') throw error; // syntax error: server < 13
            await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
          }
        },
      );
      log('INFO', `Dropped shadow database ${name}`);
    } catch (error) {
      log('WARN', `Could not drop shadow database ${name}: ${errorFields(error)?.message}. Drop it manually.`);
    }
  }
}
