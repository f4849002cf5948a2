// @ts-check
// Loading Prisma's WebAssembly schema engine and adapting its API to the
// JSON-RPC methods of the native `schema-engine` binary.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { EnginePanic, errorFields, forwardEngineLog, log } from './diagnostics.mjs';

/** @typedef {import('@prisma/schema-engine-wasm').SchemaEngine} SchemaEngine */
/**
 * RPC parameters and results are JSON from and for the CLI, passed through as they come: the
 * stand-in reads a few fields and leaves their checking to the engine.
 * @typedef {any} RpcParams
 */

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------
// Panics (upstream problem 4)
// ---------------------------------------------------------------------------

/**
 * The wasm build's panic hook hands the panic message to
 * `global.PRISMA_WASM_PANIC_REGISTRY.set_message()` and then traps with an
 * opaque `RuntimeError: unreachable`. Without the global the hook itself
 * throws a TypeError and the message is lost. We keep the last message so the
 * trap can be reported as a proper panic.
 */
class PanicRegistry {
  /** @type {string | null} */
  message = null;

  /** @param {unknown} message */
  set_message(message) {
    this.message = String(message);
    log('ERROR', `PANIC: ${this.message}`, { is_panic: true });
  }

  take() {
    const { message } = this;
    this.message = null;
    return message;
  }
}

const panicRegistry = new PanicRegistry();
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

/**
 * If `error` is the trap following a Rust panic, return it as an EnginePanic.
 * @param {unknown} error
 */
export function asPanic(error) {
  const message = panicRegistry.take();
  if (message !== null) return new EnginePanic(message);
  if (error instanceof WebAssembly.RuntimeError) return new EnginePanic(`${error.name}: ${error.message}`);
  return null;
}

// ---------------------------------------------------------------------------
// Module loading
// ---------------------------------------------------------------------------

/** @type {typeof import('@prisma/schema-engine-wasm/schema_engine_bg') | undefined} */
let bindings;

/**
 * Instantiate the wasm module. The package's entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which plain Node cannot
 * load (wasm ES modules are still experimental), so we wire the generated JS
 * glue (`schema_engine_bg.js`) to the instantiated module ourselves — the same
 * thing the entry point does.
 */
export async function loadSchemaEngineWasm() {
  if (bindings) return bindings;
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  /** @type {typeof import('@prisma/schema-engine-wasm/schema_engine_bg')} */
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = await readFile(new URL('./schema_engine_bg.wasm', pathToFileURL(gluePath)));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  bindings = glue;
  return glue;
}

/**
 * Commit hash of the prisma-engines build inside the wasm package. The
 * package version ends with it (`8.1.0-2.<commit>`); reading it there avoids
 * instantiating 5 MB of wasm for `--version` and the one-shot commands.
 */
export async function wasmEngineCommit() {
  // package.json is not in the package's "exports"; find it next to the glue.
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const { version } = JSON.parse(await readFile(new URL('./package.json', pathToFileURL(gluePath)), 'utf8'));
  const commit = version.split('.').at(-1);
  if (/^[0-9a-f]{40}$/.test(commit)) return commit;
  return (await loadSchemaEngineWasm()).version();
}

// ---------------------------------------------------------------------------
// RPC method adaptation
// ---------------------------------------------------------------------------

const EMPTY_FILTER = { externalTables: [], externalEnums: [] };

/**
 * Thin layer over a wasm `SchemaEngine` instance that accepts the native
 * binary's JSON-RPC method names and parameters.
 */
export class WasmSchemaEngine {
  /**
   * @param {SchemaEngine} engine
   * @param {import('./pg-adapter.mjs').PgMigrationAdapterFactory} adapterFactory
   */
  constructor(engine, adapterFactory) {
    this.engine = engine;
    this.adapterFactory = adapterFactory;
  }

  /**
   * @param {object} options
   * @param {[string, string][]} options.datamodels [path, content] of each schema file
   * @param {import('./pg-adapter.mjs').PgMigrationAdapterFactory} options.adapterFactory
   */
  static async create({ datamodels, adapterFactory }) {
    const { SchemaEngine } = await loadSchemaEngineWasm();
    const bound = bindMigrationAwareSqlAdapterFactory(/** @type {any} implements the factory interface at run time; its JSDoc types are looser */ (adapterFactory));
    // Commands without a schema (e.g. `migrate diff` between migrations and a
    // URL) start the engine without --datamodels. An empty list makes the
    // engine panic ("validate_multi_file() must be called with at least one
    // file"); `undefined` is the supported way to say "no schema".
    const options = { datamodels: datamodels.length > 0 ? datamodels : undefined };
    const engine = await SchemaEngine.new(options, forwardEngineLog, bound);
    return new WasmSchemaEngine(engine, adapterFactory);
  }

  /** Methods whose parameters and result pass through unchanged. */
  static PASSTHROUGH = new Set([
    'applyMigrations',
    'dbExecute',
    'devDiagnostic',
    'diagnoseMigrationHistory',
    'ensureConnectionValidity',
    'introspectSql',
    'markMigrationApplied',
    'markMigrationRolledBack',
    'reset',
    'schemaPush',
  ]);

  /** Every RPC method of the native engine this class implements. */
  static METHODS = new Set([
    ...WasmSchemaEngine.PASSTHROUGH,
    'getDatabaseVersion',
    'introspect',
    'evaluateDataLoss',
    'createMigration',
    'diff',
    'debugPanic',
  ]);

  /**
   * Run one RPC method. `peer` lets methods talk back to the CLI (`print`).
   * Returns the JSON-RPC result; throws for errors.
   * @param {string} method
   * @param {RpcParams} params
   * @param {import('./rpc.mjs').JsonRpcPeer} peer
   */
  async call(method, params, peer) {
    if (WasmSchemaEngine.PASSTHROUGH.has(method)) return this.#invoke(method, params);

    switch (method) {
      // The binary's name for what the wasm API calls `version`.
      case 'getDatabaseVersion':
        return this.#invoke('version', params ?? null);

      // The wasm binding requires the optional field to be present.
      case 'introspect':
        return this.#invoke('introspect', { ...params, namespaces: params?.namespaces ?? null });

      // Upstream problem 3: the wasm engine only fills its cache of the
      // schema the migrations produce (replayed on a shadow database) inside
      // diagnoseMigrationHistory/devDiagnostic/diff. It cannot create a shadow
      // database on its own, so when these two run with a cold cache they fail
      // with "PostgreSQL shadow DB must be provided through an external
      // factory" — e.g. in `migrate dev` right after it applied a pending
      // migration (devDiagnostic then returns before replaying). Prime it.
      case 'evaluateDataLoss':
      case 'createMigration':
        await this.#primeMigrationHistory(params);
        return this.#invoke(method, params);

      // The binary prints the diff itself (via a `print` request to the CLI)
      // and returns only the exit code; the wasm API returns the text instead.
      case 'diff': {
        const { exitCode, stdout } = await this.#invoke('diff', { ...params, exitCode: params?.exitCode ?? null });
        if (typeof stdout === 'string' && stdout.length > 0) await peer.print(stdout);
        return { exitCode };
      }

      case 'debugPanic':
        return this.#invoke('debugPanic');

      default:
        throw new Error(`Unsupported method: ${method}`); // guarded by METHODS
    }
  }

  /** @param {RpcParams} params */
  async #primeMigrationHistory(params) {
    const migrationsList = params?.migrationsList;
    if (!migrationsList?.migrationDirectories?.length) return;
    // The opt-in is what makes it replay the migrations (and fill the cache).
    await this.#invoke('diagnoseMigrationHistory', {
      migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters ?? EMPTY_FILTER,
    });
  }

  /**
   * @param {string} method a method of the wasm SchemaEngine
   * @param {RpcParams} [params]
   * @returns {Promise<any>}
   */
  async #invoke(method, params) {
    // Looked up by name: the RPC method names are the wasm engine's (see METHODS).
    const methods = /** @type {Record<string, (params?: RpcParams) => Promise<unknown>>} */ (/** @type {unknown} */ (this.engine));
    try {
      const run = methods[method];
      if (!run) throw new Error(`Unsupported method: ${method}`);
      return await run.call(this.engine, params);
    } catch (error) {
      throw asPanic(error) ?? error;
    }
  }

  /** Free the wasm instance and close all database connections. */
  async close() {
    try {
      this.engine.free();
    } catch (error) {
      log('WARN', `Could not free the wasm engine: ${errorFields(error)?.message}`);
    }
    await this.adapterFactory.close();
  }
}
