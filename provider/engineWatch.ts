/**
 * Ends the dynamic-provider process when the Pulumi engine that started it is gone. The engine
 * starts `pulumi-resource-pulumi-nodejs` in a process group of its own, so when the CLI is killed
 * (SIGKILL of its process group, an out-of-memory kill) the provider process outlives it, serving
 * nobody, with the AWS SDK's sockets open. @pulumi/pulumi's dynamic provider host has no health
 * check of its own (its Go plugins do: they ping the engine and exit when it stops answering).
 *
 * The host is started as `node .../cmd/dynamic-provider/index.js <engine host:port>`; once a
 * second the engine's port is probed with a TCP connect, and a refused connection ends the process.
 * The timer is unref'd: it never keeps the process alive on its own.
 */
import * as net from "node:net";

let watching = false;

/** The engine address when this process is the dynamic-provider host, else undefined. */
export function engineAddress(argv: readonly string[] = process.argv): { host: string; port: number } | undefined {
  if (!/[/\\]cmd[/\\]dynamic-provider[/\\]index\.js$/.test(argv[1] ?? "")) return undefined;
  const match = /^([\w.-]+|\[[0-9a-f:]+\]):(\d+)$/i.exec(argv[2] ?? "");
  return match ? { host: match[1].replace(/^\[|\]$/g, ""), port: Number(match[2]) } : undefined;
}

export function exitWhenEngineGone(intervalMs = 1000): void {
  const address = engineAddress();
  if (watching || !address) return;
  watching = true;
  const timer = setInterval(() => {
    const socket = net.connect(address);
    socket.once("connect", () => socket.destroy());
    socket.once("error", (error: NodeJS.ErrnoException) => {
      socket.destroy();
      if (error.code === "ECONNREFUSED") {
        console.error(
          `pulumi-cognito-userpool: the Pulumi engine at ${address.host}:${address.port} is gone; exiting.`,
        );
        process.exit(1);
      }
    });
  }, intervalMs);
  timer.unref();
}
