// Entry point of the built CLI: wires main() to the process.
import { createInterface } from 'node:readline';
import { main } from './svarsplikt.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const lines: string[] = [];
const flushLines = (): Promise<void> => {
  if (lines.length === 0) return Promise.resolve();
  const text = lines.splice(0).join('\n') + '\n';
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
};
let pending: Promise<void> = Promise.resolve();
const code = await main(process.argv.slice(2), {
  out: (line) => {
    lines.push(line);
    if (lines.length >= 512) pending = pending.then(flushLines);
  },
  err: (line) => process.stderr.write(line + '\n'),
  stdin: readStdin,
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  now: () => Date.now(),
  ...(process.stderr.isTTY ? { progress: (text: string) => void process.stderr.write(text) } : {}),
  stdoutIsTty: process.stdout.isTTY === true,
  env: process.env,
  flush: () => (pending = pending.then(flushLines)),
});
await pending;
await flushLines();
process.exitCode = code;
