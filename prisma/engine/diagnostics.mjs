// @ts-check
// Logging and error shaping for the schema-engine stand-in.
//
// The Prisma CLI treats the engine's stderr as a stream of JSON log lines
// (`{"timestamp","level","fields":{"message",...},"target"}`, the format of the
// Rust `tracing` JSON subscriber). It keeps the `message` of every line and
// remembers the last ERROR line to explain crashes, and in the one-shot
// `cli …` commands it *only* accepts JSON lines (anything else becomes
// "Could not parse schema engine response"). So everything this process says on
// stderr goes through `log()`, and nothing else may write there or to stdout.

/** @typedef {import('./pg-adapter.mjs').Target} Target */

/**
 * What the stand-in reads of an error it did not make: anything may be thrown, so every field
 * is optional (node-postgres errors carry `code` and `severity`, ours `errorCode`, `meta` or
 * `rpcCode`).
 * @typedef {{ name?: string, code?: string, severity?: string, message?: string, detail?: string, column?: string, hint?: string, errorCode?: string, meta?: unknown, rpcCode?: number }} ErrorFields
 */

/**
 * The fields of a thrown value, or undefined when it is not an object.
 * @param {unknown} error
 * @returns {ErrorFields | undefined}
 */
export function errorFields(error) {
  return error !== null && typeof error === 'object' ? /** @type {ErrorFields} */ (error) : undefined;
}

/** Target name the CLI looks for when it extracts one-shot command errors. */
export const LOGGER_TARGET = 'schema_engine::logger';

/**
 * DEBUG lines only when asked for, as with the native engine (the CLI starts
 * it with RUST_LOG=info; RUST_LOG=debug shows the RPC traffic).
 */
const DEBUG_ENABLED = /\b(debug|trace)\b/i.test(process.env.RUST_LOG ?? '');

/**
 * Write one JSON log line to stderr, in the shape the Rust engine uses.
 * @param {string} level
 * @param {string} message
 * @param {Record<string, unknown>} [extraFields]
 * @param {string} [target]
 */
export function log(level, message, extraFields = {}, target = 'schema_engine_js') {
  if ((level === 'DEBUG' || level === 'TRACE') && !DEBUG_ENABLED) return;
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...extraFields },
    target,
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/**
 * Forward a log line produced by the wasm engine. It already emits the Rust
 * JSON format (minus the timestamp); anything unexpected is wrapped so stderr
 * stays line-delimited JSON.
 * @param {unknown} raw
 */
export function forwardEngineLog(raw) {
  const text = String(raw);
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && parsed.fields) {
      process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), ...parsed })}\n`);
      return;
    }
  } catch {
    // fall through: not JSON
  }
  log('INFO', text, {}, 'schema_engine_wasm');
}

/**
 * Route stray console output (from dependencies) to JSON log lines so it can
 * never corrupt the JSON-RPC stream on stdout or the JSON-only stderr.
 */
export function captureConsole() {
  const route = (/** @type {string} */ level) => (/** @type {unknown[]} */ ...args) => log(level, args.map(formatArg).join(' '), {}, 'console');
  console.log = route('INFO');
  console.info = route('INFO');
  console.debug = route('DEBUG');
  console.warn = route('WARN');
  console.error = route('ERROR');
  // Node prints process warnings (e.g. pg's sslmode deprecation notice) as
  // plain text on stderr; keep them but in JSON form.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => log('WARN', `${warning.name}: ${warning.message}`, {}, 'node'));
}

/** @param {unknown} arg */
function formatArg(arg) {
  if (typeof arg === 'string') return arg;
  if (arg instanceof Error) return arg.stack ?? arg.message;
  try {
    return JSON.stringify(arg);
  } catch {
    return String(arg);
  }
}

// ---------------------------------------------------------------------------
// Error classification
// ---------------------------------------------------------------------------

/**
 * An error that carries a Prisma user-facing error code (P1001, …). The CLI
 * prefixes such messages with the code, and for the one-shot
 * `can-connect-to-database` it *branches* on it (P1003 = "database missing,
 * offer to create it").
 */
export class UserFacingError extends Error {
  /**
   * @param {string} errorCode
   * @param {string} message
   * @param {unknown} [meta]
   */
  constructor(errorCode, message, meta = null) {
    super(message);
    this.name = 'UserFacingError';
    this.errorCode = errorCode;
    this.meta = meta;
  }
}

/** A Rust panic inside the wasm engine (see wasm-engine.mjs). */
export class EnginePanic extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'EnginePanic';
  }
}

/** @param {Partial<Target> | undefined} target */
function location(target) {
  return `${target?.host ?? 'localhost'}:${target?.port ?? 5432}`;
}

/**
 * Map an error from node-postgres (server error with SQLSTATE, or a socket/TLS
 * error) to the user-facing error the native engine would have reported.
 * `target` is `{host, port, database, user}` of the connection attempted.
 * Returns null when the error is not a connection-level problem.
 * @param {unknown} thrown
 * @param {Partial<Target> | undefined} target
 */
export function userFacingFromPgError(thrown, target) {
  const error = errorFields(thrown);
  const at = location(target);
  switch (error?.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return unreachable(target);
    case 'ETIMEDOUT':
      return new UserFacingError(
        'P1002',
        `The database server at \`${at}\` was reached but timed out.\n\nPlease try again.\n\nPlease make sure your database server is running at \`${at}\`.`,
      );
    case 'ECONNRESET':
      return new UserFacingError('P1017', 'Server has closed the connection.');
    case '28P01':
      return new UserFacingError(
        'P1000',
        `Authentication failed against database server at \`${target?.host}\`, the provided database credentials for \`${target?.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${target?.host}\`.`,
      );
    case '28000':
    case '42501':
      return new UserFacingError(
        'P1010',
        `User \`${target?.user}\` was denied access on the database \`${target?.database}\`\n\n${error.message}`,
      );
    case '3D000':
      return new UserFacingError(
        'P1003',
        `Database \`${target?.database}\` does not exist on the database server at \`${at}\`.`,
      );
    case '42P04':
      return new UserFacingError(
        'P1009',
        `Database \`${target?.database}\` already exists on the database server at \`${at}\``,
      );
    case '53300':
      return new UserFacingError('P1001', `Too many database connections opened: ${error.message}`);
    default:
      break;
  }
  // pg reports a connect timeout as a plain Error with this message.
  if (/timeout expired|Connection terminated due to connection timeout/i.test(error?.message ?? '')) {
    return new UserFacingError(
      'P1002',
      `The database server at \`${at}\` was reached but timed out.\n\nPlease try again.\n\nPlease make sure your database server is running at \`${at}\`.`,
    );
  }
  if (/SSL|TLS|certificate/i.test(error?.message ?? '') && !error?.severity) {
    return new UserFacingError('P1011', `Error opening a TLS connection: ${error?.message}`);
  }
  return null;
}

/**
 * P1001, also used when the connection could not be established in time.
 * @param {Partial<Target> | undefined} target
 */
export function unreachable(target) {
  const at = location(target);
  return new UserFacingError(
    'P1001',
    `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
  );
}

/**
 * The wasm engine reports its errors as plain `Error`s that carry only the
 * rendered message (the error code is lost on the JS boundary). Recover the
 * code for the well-known connection errors so the CLI output matches the
 * native engine; everything else is passed through with its message only.
 */
/** @type {[RegExp, string][]} */
const WASM_MESSAGE_CODES = [
  [/^Authentication failed against database server/, 'P1000'],
  [/^Can't reach database server/, 'P1001'],
  [/^The database server at .* was reached but timed out/, 'P1002'],
  [/^Database `.*` does not exist/, 'P1003'],
  [/^Database `.*` already exists/, 'P1009'],
  [/^User `.*` was denied access on the database/, 'P1010'],
  [/^Error opening a TLS connection/, 'P1011'],
  [/^Server has closed the connection/, 'P1017'],
];

/** @param {string} message */
export function errorCodeForMessage(message) {
  for (const [pattern, code] of WASM_MESSAGE_CODES) {
    if (pattern.test(message)) return code;
  }
  return undefined;
}

/**
 * Build the JSON-RPC `error` object in the layout of the native engine
 * (`code` 4466 + `data.{is_panic,message,meta,error_code}`), which the CLI
 * unpacks to print a readable message (and a "report this bug" prompt for
 * panics).
 * @param {unknown} error
 */
export function toRpcError(error) {
  if (error instanceof EnginePanic) {
    return {
      code: 4466,
      message: error.message,
      data: { is_panic: true, message: error.message, backtrace: '' },
    };
  }
  const message = messageOf(error);
  const errorCode = errorFields(error)?.errorCode ?? errorCodeForMessage(message);
  /** @type {{ is_panic: boolean, message: string, meta: unknown, error_code?: string }} */
  const data = { is_panic: false, message, meta: errorFields(error)?.meta ?? null };
  if (errorCode) data.error_code = errorCode;
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

/** @param {unknown} error */
export function messageOf(error) {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
