import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// `npm start` as a process manager runs it: SIGTERM must stop everything it started (the web
// server, the embedded PostgreSQL) and free the port, after letting requests in flight finish.
// These tests start their own `npm start` on E2E_PORT+2 against the build the runner made.
const sitePort = Number(process.env.E2E_PORT ?? 3100) + 2;
const embeddedPgPort = Number(process.env.E2E_PG_PORT ?? 54361);

/** Every process below `pid`, from /proc (Linux). */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const visit = (parent: number) => {
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${parent}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children = "";
      try {
        children = fs.readFileSync(`/proc/${parent}/task/${task}/children`, "utf8");
      } catch {}
      for (const child of children.split(/\s+/).filter(Boolean).map(Number)) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return found;
}

const commandOf = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
};

/** Running, and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => (socket.destroy(), resolve(false)));
  });

/** The local addresses listening on `port` (from /proc/net/tcp and tcp6), in hex as the kernel writes them. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .flatMap(([, local = "", , state]) => (local.endsWith(`:${hexPort}`) && state === "0A" ? [local.slice(0, local.indexOf(":"))] : [])),
  );
}

let started: ChildProcess | undefined;

function startNpm(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ npm: ChildProcess; output: () => string }> {
  const npm = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  started = npm;
  let output = "";
  npm.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  npm.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start svarte ikke:\n${output}`)), timeoutMs);
    const check = setInterval(() => {
      if (/kjører på http/.test(output)) {
        clearInterval(check);
        clearTimeout(timer);
        resolve({ npm, output: () => output });
      } else if (npm.exitCode !== null) {
        clearInterval(check);
        clearTimeout(timer);
        reject(new Error(`npm start stoppet:\n${output}`));
      }
    }, 100);
  });
}

const exitOf = (child: ChildProcess, timeoutMs: number) =>
  new Promise<number | string | null>((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? child.signalCode);
    const timer = setTimeout(() => reject(new Error("stoppet ikke i tide")), timeoutMs);
    child.once("exit", (code, signal) => (clearTimeout(timer), resolve(code ?? signal)));
  });

test.afterEach(() => {
  // Only if a test failed half-way: end the process group this test started, by its id.
  if (started?.pid && started.exitCode === null && started.signalCode === null) {
    try {
      process.kill(-started.pid, "SIGKILL");
    } catch {}
  }
  started = undefined;
});

test("SIGTERM to the process npm start runs finishes the request in flight, then frees the port; it listens on 127.0.0.1 only", async () => {
  test.setTimeout(120_000);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(sitePort), NEXTAUTH_URL: `http://127.0.0.1:${sitePort}` };
  delete env.HOSTNAME;
  delete env.HOST;
  const { npm } = await startNpm(env, 90_000);
  expect(listeningAddresses(sitePort)).toEqual(["0100007F"]); // 127.0.0.1, nothing else

  const tree = descendants(npm.pid!);
  const node = tree.find((pid) => commandOf(pid).includes("lib/cli/start.ts"));
  expect(node, `start.ts among ${tree.map(commandOf).join(" | ")}`).toBeDefined();

  // A request in flight: headers sent, body not yet complete.
  const body = "csrfToken=x&email=a%40b.no";
  const socket = net.connect(sitePort, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  let response = "";
  socket.on("data", (d: Buffer) => (response += d.toString()));
  const closed = new Promise((resolve) => socket.once("close", resolve));
  socket.write(
    `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1:${sitePort}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));

  process.kill(node!, "SIGTERM");
  // New connections are refused at once, while the old request is still being served.
  await expect.poll(() => portAnswers(sitePort), { timeout: 5_000 }).toBe(false);
  expect(isRunning(npm.pid!)).toBe(true);
  socket.write(body.slice(5));
  await closed;
  expect(response).toMatch(/^HTTP\/1\.1 [2345]\d\d /);

  await exitOf(npm, 30_000);
  await expect.poll(() => tree.filter(isRunning).map(commandOf), { timeout: 10_000 }).toEqual([]);
  expect(await portAnswers(sitePort)).toBe(false);
});

test("SIGTERM to npm start with the embedded database stops the site and PostgreSQL", async () => {
  // A fresh embedded database: initdb, migrations and the content import take a while.
  test.setTimeout(400_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kb-sigterm-"));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(sitePort), KB_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(embeddedPgPort) };
    delete env.DATABASE_URL;
    delete env.NEXTAUTH_SECRET;
    delete env.NEXTAUTH_URL;
    const { npm } = await startNpm(env, 360_000);
    const tree = descendants(npm.pid!);
    expect(tree.some((pid) => /\bpostgres\b/.test(commandOf(pid))), tree.map(commandOf).join(" | ")).toBe(true);
    expect(await portAnswers(embeddedPgPort)).toBe(true);

    process.kill(npm.pid!, "SIGTERM");
    await exitOf(npm, 30_000);
    await expect.poll(() => tree.filter(isRunning).map(commandOf), { timeout: 10_000 }).toEqual([]);
    expect(await portAnswers(sitePort)).toBe(false);
    expect(await portAnswers(embeddedPgPort)).toBe(false);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
