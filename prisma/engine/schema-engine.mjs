#!/usr/bin/env node
// @ts-check
// Stand-in for Prisma's native `schema-engine` binary, running the official
// WebAssembly build of the same engine (`@prisma/schema-engine-wasm`) on top
// of node-postgres.
//
// Why: the Prisma CLI downloads the native binary from binaries.prisma.sh on
// first use, which air-gapped installations cannot reach. `prisma.config.ts`
// points PRISMA_SCHEMA_ENGINE_BINARY at this file; the CLI then spawns it
// exactly like the binary:
//
//   schema-engine --version
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//   schema-engine --datamodels <schema file>… --datasource '{"url":…,"shadowDatabaseUrl":…}'
//                 [--enabled-preview-features a,b] [--extension-types {…}]
//
// The last form is a JSON-RPC 2.0 server on stdin/stdout (one object per
// line); logs go to stderr as JSON lines. Only PostgreSQL is supported.
//
// Upstream problems handled here (Prisma 7.10 / schema-engine-wasm 8.1.0):
//  1. adapter-pg rejects the internal `"char"` and reg* types of catalog
//     queries → pg-adapter.mjs reads them as text.
//  2. adapter-pg's shadow-database helper drops the database while its pool is
//     still connected → pg-adapter.mjs manages shadow databases itself.
//  3. the wasm engine only fills its migration-history cache in
//     diagnoseMigrationHistory/devDiagnostic/diff → wasm-engine.mjs primes it
//     before evaluateDataLoss/createMigration.
//  4. Rust panics are reported through a global PRISMA_WASM_PANIC_REGISTRY →
//     wasm-engine.mjs defines it; panics become JSON-RPC errors + exit 101.

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canConnectToDatabase, createDatabase, dropDatabase } from './database-commands.mjs';
import { captureConsole, EnginePanic, errorFields, LOGGER_TARGET, log, messageOf } from './diagnostics.mjs';
import { PgMigrationAdapterFactory } from './pg-adapter.mjs';
import { JsonRpcPeer, MethodNotFound } from './rpc.mjs';
import { asPanic, WasmSchemaEngine, wasmEngineCommit } from './wasm-engine.mjs';

/**
 * The `--datasource` JSON the CLI passes.
 * @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource
 */
/** @typedef {{ datamodels: string[], datasource: Datasource | undefined, cliCommand: string | undefined, version: boolean, help: boolean }} Args */

/** Exit code of the native engine after a panic; the CLI reports it as such. */
const EXIT_PANIC = 101;
/** Upper bound for closing pools / dropping shadow databases on shutdown. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

function usage() {
  return [
    'Usage: schema-engine [--datamodels <file>]... [--datasource <json>] [cli <command>]',
    '       schema-engine --version',
    '',
    'cli commands: can-connect-to-database, create-database, drop-database',
  ].join('\n');
}

/**
 * @param {string[]} argv
 * @returns {Args}
 */
function parseArgs(argv) {
  /** @type {Args} */
  const args = { datamodels: [], datasource: undefined, cliCommand: undefined, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`Missing value for ${arg}`);
      return next;
    };
    switch (arg) {
      case '--version':
      case '-V':
        args.version = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--datamodels':
      case '-d':
        args.datamodels.push(value());
        break;
      case '--datasource':
        args.datasource = parseDatasource(value());
        break;
      // Accepted for compatibility; the wasm engine reads preview features
      // from the schema itself and PostgreSQL extension types are not needed
      // for migrations.
      case '--enabled-preview-features':
      case '--extension-types':
        value();
        break;
      case 'cli':
        args.cliCommand = argv[++i];
        if (!args.cliCommand) throw new Error('Missing command after `cli`');
        break;
      default:
        throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return args;
}

/**
 * @param {string} json
 * @returns {Datasource}
 */
function parseDatasource(json) {
  /** @type {unknown} */
  let datasource;
  try {
    datasource = JSON.parse(json);
  } catch (error) {
    throw new Error(`--datasource is not valid JSON: ${errorFields(error)?.message}`);
  }
  if (typeof datasource !== 'object' || datasource === null) throw new Error('--datasource must be a JSON object');
  return datasource;
}

// ---------------------------------------------------------------------------
// Process lifecycle
// ---------------------------------------------------------------------------

/** @type {(() => Promise<unknown>)[]} */
const cleanups = [];
let exiting = false;

/**
 * Run cleanups (bounded in time), make sure output is flushed, exit.
 * @param {number} code
 */
async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  const timeout = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref());
  await Promise.race([Promise.allSettled(cleanups.map((cleanup) => cleanup())), timeout]);
  await new Promise((resolve) => process.stdout.write('', resolve));
  await new Promise((resolve) => process.stderr.write('', resolve));
  process.exit(code);
}

// ---------------------------------------------------------------------------
// One-shot commands (`cli …`)
// ---------------------------------------------------------------------------

/** @type {Record<string, (url: string) => Promise<unknown>>} */
const CLI_COMMANDS = {
  'can-connect-to-database': canConnectToDatabase,
  'create-database': createDatabase,
  'drop-database': dropDatabase,
};

/**
 * @param {string} command
 * @param {Datasource | undefined} datasource
 */
async function runCliCommand(command, datasource) {
  // The CLI discards the first stderr line of one-shot commands before parsing
  // the rest for the error, so start with an informational line.
  log('INFO', 'Starting schema engine CLI', { git_hash: await wasmEngineCommit().catch(() => 'unknown') });
  const run = CLI_COMMANDS[command];
  if (!run) throw new Error(`Unknown cli command: ${command}`);
  if (!datasource?.url) throw new Error('The `cli` commands need --datasource with a `url`.');
  await run(datasource.url);
}

// ---------------------------------------------------------------------------
// JSON-RPC server
// ---------------------------------------------------------------------------

/**
 * @param {string[]} files
 * @returns {Promise<[string, string][]>}
 */
async function readDatamodels(files) {
  return Promise.all(files.map(async (file) => /** @type {[string, string]} */ ([file, await readFile(path.resolve(file), 'utf8')])));
}

/**
 * Handles the RPC methods. The wasm engine is created on first use (it
 * connects to the database immediately), so a connection problem becomes the
 * error of the request that needed it instead of a dead process.
 */
class RpcHandler {
  /** @type {WasmSchemaEngine | undefined} */
  #engine;
  /** @type {Promise<WasmSchemaEngine> | undefined} */
  #engineCreation;

  /** @param {{ datamodelFiles: string[], datasource: Datasource | undefined }} options */
  constructor({ datamodelFiles, datasource }) {
    this.datamodelFiles = datamodelFiles;
    this.datasource = datasource ?? {};
  }

  /**
   * @param {string} method
   * @param {import('./wasm-engine.mjs').RpcParams} params
   * @param {JsonRpcPeer} peer
   */
  async handle(method, params, peer) {
    switch (method) {
      // Not part of the wasm API: done with node-postgres directly.
      case 'createDatabase': {
        const url = params?.datasource?.tag === 'ConnectionString' ? params.datasource.url : this.#requireUrl();
        return { databaseName: await createDatabase(url) };
      }
      case 'getDatabaseDescription':
        throw new Error('getDatabaseDescription is not supported by the WebAssembly schema engine.');
      default:
        break;
    }
    if (!WasmSchemaEngine.METHODS.has(method)) throw new MethodNotFound(method);
    const engine = await this.#getEngine();
    return engine.call(method, params, peer);
  }

  #requireUrl() {
    if (!this.datasource.url) {
      throw new Error(
        'No database URL was passed to the schema engine. Set `datasource.url` in prisma.config.ts.',
      );
    }
    return this.datasource.url;
  }

  async #getEngine() {
    if (this.#engine) return this.#engine;
    this.#engineCreation ??= (async () => {
      const adapterFactory = new PgMigrationAdapterFactory({
        url: this.#requireUrl(),
        shadowDatabaseUrl: this.datasource.shadowDatabaseUrl,
      });
      try {
        const datamodels = await readDatamodels(this.datamodelFiles);
        this.#engine = await WasmSchemaEngine.create({ datamodels, adapterFactory });
        return this.#engine;
      } catch (error) {
        await adapterFactory.close();
        throw asPanic(error) ?? error;
      }
    })();
    try {
      return await this.#engineCreation;
    } finally {
      this.#engineCreation = undefined; // retry on the next request after a failure
    }
  }

  /** Shadow databases that would be left behind if we exited right now. */
  get pendingShadowDatabaseUrls() {
    return this.#engine?.adapterFactory.pendingShadowDatabaseUrls ?? [];
  }

  async close() {
    await this.#engine?.close();
  }
}

/**
 * Drop shadow databases from a detached helper process (this very script's
 * `cli drop-database`), for when this process must exit at once. By the time
 * it connects, our own connections to those databases are gone.
 */
/** @param {string[]} urls */
function dropInBackground(urls) {
  for (const url of urls) {
    log('WARN', `Dropping shadow database ${new URL(url).pathname.slice(1)} in the background.`);
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--datasource', JSON.stringify({ url }), 'cli', 'drop-database'], {
      detached: true,
      stdio: 'ignore',
    });
    child.unref();
  }
}

/** @param {Args} args */
async function serve(args) {
  const handler = new RpcHandler({ datamodelFiles: args.datamodels, datasource: args.datasource });
  cleanups.push(() => handler.close());
  const peer = new JsonRpcPeer((method, params, p) => handler.handle(method, params, p));

  // A panic inside an async engine call traps in a callback of the wasm
  // executor, outside any promise chain: it surfaces here. Answer the request
  // in flight with it and exit like the native engine.
  let fatal = false;
  const onFatal = (/** @type {unknown} */ error) => {
    if (fatal) return; // a poisoned wasm executor keeps re-trapping
    fatal = true;
    const panic = asPanic(error);
    log('ERROR', messageOf(panic ?? error), panic ? { is_panic: true } : {}, LOGGER_TARGET);
    peer.failCurrent(panic ?? new Error(`Unexpected error in the schema engine: ${messageOf(error)}`));
    if (panic) {
      // After a trap the wasm instance is unusable, and its executor can keep
      // failing in microtasks, which starves every timer and I/O callback: an
      // orderly async shutdown might never finish. Exit now (stdout/stderr
      // pipe writes are synchronous) and leave shadow databases to a helper.
      dropInBackground(handler.pendingShadowDatabaseUrls);
      process.exit(EXIT_PANIC);
    }
    shutdown(1);
  };
  process.on('uncaughtException', onFatal);
  process.on('unhandledRejection', (reason) => {
    if (reason instanceof EnginePanic || reason instanceof WebAssembly.RuntimeError) onFatal(reason);
    else log('WARN', `Unhandled rejection: ${messageOf(reason)}`);
  });

  await peer.closed; // stdin closed and every request answered
  await shutdown(0);
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

async function main() {
  captureConsole();
  // The CLI ends a session by closing stdin and, on POSIX, killing us right
  // away: still close pools and drop shadow databases before leaving.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => shutdown(0));

  /** @type {Args} */
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    log('ERROR', `${errorFields(error)?.message}\n\n${usage()}`, {}, LOGGER_TARGET);
    return shutdown(1);
  }

  if (args.help) {
    process.stdout.write(`${usage()}\n`);
    return shutdown(0);
  }

  if (args.version) {
    // Same shape as the native binary; the CLI shows it verbatim in
    // `prisma --version`. The hash is the prisma-engines commit of the wasm build.
    process.stdout.write(`schema-engine-cli ${await wasmEngineCommit()}\n`);
    return shutdown(0);
  }

  if (args.cliCommand) {
    try {
      await runCliCommand(args.cliCommand, args.datasource);
      return shutdown(0);
    } catch (error) {
      const errorCode = errorFields(error)?.errorCode;
      log('ERROR', messageOf(error), errorCode ? { error_code: errorCode } : {}, LOGGER_TARGET);
      return shutdown(1);
    }
  }

  return serve(args);
}

main().catch((error) => {
  log('ERROR', messageOf(error), {}, LOGGER_TARGET);
  shutdown(1);
});
