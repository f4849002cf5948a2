// @ts-check
// Database-level commands the wasm engine does not implement: checking that a
// database can be reached, creating it and dropping it. The CLI runs them as
// one-shot invocations (`schema-engine --datasource '{"url":…}' cli
// create-database`) before starting the RPC engine, e.g. when `migrate dev`
// offers to create a missing database; `createDatabase` is also an RPC method.
// They only need node-postgres.

import pg from 'pg';
import { unreachable, userFacingFromPgError } from './diagnostics.mjs';
import { parseTarget, quoteIdent, withAdminClient } from './pg-adapter.mjs';

/**
 * @param {unknown} error
 * @param {import('./pg-adapter.mjs').Target} target
 */
function asUserFacing(error, target) {
  return userFacingFromPgError(error, target) ?? error;
}

/**
 * Connect to the database itself and run a trivial query.
 * @param {string} url
 */
export async function canConnectToDatabase(url) {
  const target = parseTarget(url);
  const client = new pg.Client(target.poolConfig);
  client.on('error', () => {}); // reported through connect()/query() instead
  try {
    try {
      await client.connect();
    } catch (error) {
      // node-postgres reports a connect timeout as "Connection terminated
      // unexpectedly"; whatever it says, no connection means unreachable.
      throw userFacingFromPgError(error, target) ?? unreachable(target);
    }
    await client.query('SELECT 1');
  } catch (error) {
    throw asUserFacing(error, target);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * CREATE DATABASE for the URL's database, from a maintenance database.
 * @param {string} url
 */
export async function createDatabase(url) {
  const target = parseTarget(url);
  try {
    await withAdminClient(target, (client) => client.query(`CREATE DATABASE ${quoteIdent(target.database)}`), {
      candidates: ['postgres', 'template1'],
    });
  } catch (error) {
    throw asUserFacing(error, target);
  }
  return target.database;
}

/**
 * DROP DATABASE for the URL's database, from a maintenance database.
 * @param {string} url
 */
export async function dropDatabase(url) {
  const target = parseTarget(url);
  if (['postgres', 'template0', 'template1'].includes(target.database)) {
    throw new Error(`Refusing to drop the maintenance database \`${target.database}\`.`);
  }
  try {
    await withAdminClient(target, (client) => client.query(`DROP DATABASE ${quoteIdent(target.database)}`), {
      candidates: ['postgres', 'template1'],
    });
  } catch (error) {
    throw asUserFacing(error, target);
  }
  return target.database;
}
