/**
 * `npm run user:create -- --email E --name N --role admin|county_contact|adviser [--county NR]`.
 * The password comes from USER_PASSWORD or a hidden prompt. Exit code 2 on bad input.
 */
import "dotenv/config";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { withCliDatabase } from "@/lib/cli/database";
import { passwordProblem } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db";
import { createUser, UserInputError } from "@/lib/users/create-user";

const usage =
  "Bruk: npm run user:create -- --email navn@example.no --name \"Navn Navnesen\" --role admin|county_contact|adviser [--county 55 --county troms]\n" +
  "Passordet leses fra USER_PASSWORD, eller spørres om (skjult).";

class BadInput extends Error {}

function readArgs() {
  try {
    const { values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, county: { type: "string", multiple: true }, help: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    throw new BadInput(`Ugyldige argumenter: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads a line without echoing it (the terminal shows nothing while typing). */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!process.stdin.isTTY) return reject(new BadInput("Ingen terminal å spørre om passord i: sett USER_PASSWORD."));
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    let muted = false;
    output._writeToOutput = (s: string) => {
      if (!muted) process.stdout.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function main() {
  const args = readArgs();
  if (args.help) {
    console.log(usage);
    return;
  }
  const missing = (["email", "name", "role"] as const).filter((k) => !args[k]);
  if (missing.length) throw new BadInput(`Mangler ${missing.map((m) => `--${m}`).join(", ")}.`);
  let password = process.env.USER_PASSWORD;
  if (password === undefined) {
    password = await promptHidden("Passord (minst 12 tegn): ");
    const again = await promptHidden("Gjenta passordet: ");
    if (again !== password) throw new BadInput("Passordene er ikke like.");
  }
  const problem = passwordProblem(password);
  if (problem) throw new BadInput(problem);

  await withCliDatabase(async (databaseUrl) => {
    const db = createPrismaClient(databaseUrl);
    try {
      const user = await createUser(db, { email: args.email!, name: args.name!, role: args.role, password: password!, counties: args.county ?? [] });
      console.log(`Opprettet ${args.role} ${user.email} (id ${user.id})${user.counties.length ? ` for fylke ${user.counties.join(", ")}` : ""}.`);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  if (error instanceof BadInput || error instanceof UserInputError) {
    console.error(`Feil: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
