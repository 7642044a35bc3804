#!/usr/bin/env node
/** The package's command line: `pulumi-cognito-userpool generate ...`. */
import { GENERATE_USAGE, runGenerate } from "./generate";
import { ORPHANS_USAGE, runOrphans } from "./orphans";

const USAGE = `Usage: pulumi-cognito-userpool <command> [options]

Commands:
  generate   write a Pulumi program that adopts an existing Cognito user pool
  orphans    list (adopt, delete) the pools this stack created that its state does not hold

${GENERATE_USAGE}
${ORPHANS_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = {
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text),
  };
  if (command === "generate") return runGenerate(rest, io);
  if (command === "orphans") return runOrphans(rest, io);
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  io.stderr(`error: unknown command ${JSON.stringify(command)}.\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
