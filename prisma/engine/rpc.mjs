// @ts-check
// JSON-RPC 2.0 over stdin/stdout, one JSON object per line — the transport
// the Prisma CLI uses with the schema engine (see `SchemaEngineCLI` in
// prisma/build/cli.js). Besides answering the CLI's requests, the engine can
// send requests of its own: `print` (text the CLI writes to its stdout).

import { createInterface } from 'node:readline';
import { errorFields, log, messageOf, toRpcError } from './diagnostics.mjs';

/**
 * A JSON-RPC message as parsed from a line: untyped JSON, read field by field.
 * @typedef {any} RpcMessage
 */

export class JsonRpcPeer {
  #nextOwnId = 1;
  /** @type {Map<string, (message: RpcMessage) => void>} */
  #pendingOwn = new Map();
  #queue = Promise.resolve();
  /** @type {{ id: unknown, method: string } | null} */
  #current = null;

  /**
   * @param {(method: string, params: unknown, peer: JsonRpcPeer) => Promise<unknown>} handler
   *   resolves to the result; rejects with the error to report.
   */
  constructor(handler, { input = process.stdin, output = process.stdout } = {}) {
    this.handler = handler;
    this.output = output;
    this.lines = createInterface({ input, crlfDelay: Infinity });
    this.lines.on('line', (line) => this.#onLine(line));
    /** Resolves once stdin is closed and every queued request is answered. */
    this.closed = new Promise((resolve) => {
      this.lines.on('close', () => resolve(this.#queue));
    });
  }

  /** The request currently executing, if any: `{ id, method }`. */
  get currentRequest() {
    return this.#current;
  }

  /**
   * Ask the CLI to print `content` (it answers with an empty result).
   * @param {string} content
   */
  print(content) {
    return this.#request('print', { content });
  }

  /**
   * Answer the request in flight with `error` (used for crashes).
   * @param {unknown} error
   */
  failCurrent(error) {
    if (!this.#current) return false;
    this.#send({ jsonrpc: '2.0', id: this.#current.id, error: toRpcError(error) });
    this.#current = null;
    return true;
  }

  /** @param {string} line */
  #onLine(line) {
    if (!line.trim()) return;
    /** @type {RpcMessage} */
    let message;
    try {
      message = JSON.parse(line);
    } catch (error) {
      this.#send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${errorFields(error)?.message}` } });
      return;
    }

    // A response to one of our own requests (`print`).
    if (message.method === undefined && message.id !== undefined && this.#pendingOwn.has(message.id)) {
      const resolve = this.#pendingOwn.get(message.id);
      this.#pendingOwn.delete(message.id);
      resolve?.(message);
      return;
    }
    if (typeof message.method !== 'string') {
      this.#send({ jsonrpc: '2.0', id: message.id ?? null, error: { code: -32600, message: 'Invalid request' } });
      return;
    }
    // The engine is stateful and not re-entrant: run requests one at a time,
    // in arrival order, as the native engine does.
    this.#queue = this.#queue.then(() => this.#dispatch(message));
  }

  /** @param {RpcMessage} request */
  async #dispatch({ id, method, params }) {
    const isNotification = id === undefined || id === null;
    this.#current = isNotification ? null : { id, method };
    log('DEBUG', `Received RPC request ${method}`);
    try {
      const result = await this.handler(method, params, this);
      if (!isNotification && this.#current?.id === id) this.#send({ jsonrpc: '2.0', id, result: result ?? {} });
    } catch (thrown) {
      const error = errorFields(thrown);
      if (error?.rpcCode) {
        if (!isNotification) this.#send({ jsonrpc: '2.0', id, error: { code: error.rpcCode, message: error.message } });
      } else {
        log('ERROR', messageOf(thrown), error?.errorCode ? { error_code: error.errorCode } : {});
        if (!isNotification && this.#current?.id === id) this.#send({ jsonrpc: '2.0', id, error: toRpcError(thrown) });
      }
    } finally {
      this.#current = null;
    }
  }

  /**
   * @param {string} method
   * @param {unknown} params
   */
  #request(method, params) {
    const id = `engine-${this.#nextOwnId++}`;
    // Do not wait for the answer: the CLI handles lines in order, so the text
    // is printed before it sees our response. Keep the slot so the answer is
    // recognised (and dropped) when it arrives.
    this.#pendingOwn.set(id, () => {});
    this.#send({ jsonrpc: '2.0', id, method, params });
    return Promise.resolve();
  }

  /** @param {unknown} message */
  #send(message) {
    this.output.write(`${JSON.stringify(message)}\n`);
  }
}

/** Error for unknown methods, reported with the JSON-RPC code. */
export class MethodNotFound extends Error {
  /** @param {string} method */
  constructor(method) {
    super(`Method not found: ${method}`);
    this.rpcCode = -32601;
  }
}
