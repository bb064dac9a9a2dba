/** The mock's CLI as users run it, in a child process a test stops after it. */
import { spawn, type ChildProcess } from 'node:child_process';

const clis: ChildProcess[] = [];

/** `npm start` as users run it (the bin), on a free port; resolves once it prints where it listens. */
export async function startCli(args: string[] = []): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, ['bin/ideogram-mock.js', '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  clis.push(child);
  let out = '';
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (match) return { child, origin: match[1] };
  }
  throw new Error(`the CLI exited before listening: ${out}`);
}

/** Kills every CLI started by startCli (for afterEach). */
export function stopClis() {
  for (const child of clis.splice(0)) child.kill('SIGKILL');
}
