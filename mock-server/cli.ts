import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { startServer } from './server';

const HELP = `Usage: ideogram-mock [options]

Serves every Ideogram-compatible vendor API from its OpenAPI spec.

Options:
  --port <n>           port (default: $PORT or 4010; 0 picks a free one)
  --host <addr>        address to listen on (default 127.0.0.1)
  --providers <ids>    comma-separated providers to serve (default: all)
  --keys <keys>        comma-separated API keys to accept (default: any non-empty key)
  --latency <ms>       delay added to every vendor response
  --quiet              no request log
  -h, --help           this text
`;

function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      providers: { type: 'string' },
      keys: { type: 'string' },
      latency: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = wholeNumber('--port', values.port ?? process.env.PORT ?? '4010', 0, 65535);
  const latencyMs = values.latency === undefined ? undefined : wholeNumber('--latency', values.latency, 0, 600_000);
  const app = createApp({
    providers: list(values.providers),
    keys: list(values.keys),
    latencyMs,
    quiet: values.quiet,
  });
  const server = startServer(app, { port, host: values.host });
  server.on('listening', () => {
    const { port: actual } = server.address() as AddressInfo;
    const origin = `http://${values.host.includes(':') ? `[${values.host}]` : values.host}:${actual}`;
    const lines = app.mock.index.mounts.map((m) => `  ${m.provider.padEnd(10)} ${origin}${m.prefix}${m.host ? `   (stands for https://${m.host})` : ''}`);
    process.stdout.write(`Ideogram-compatible mock listening on ${origin}\n${lines.join('\n')}\n  admin      ${origin}/__admin\n`);
    void app.mock.index.warm();
  });
}

function list(value: string | undefined): string[] | undefined {
  const items = value?.split(',').map((s) => s.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    process.stderr.write(`${name} must be a whole number from ${min} to ${max} (got "${value}").\n`);
    process.exit(2);
  }
  return n;
}

try {
  main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\nRun with --help for usage.\n`);
  process.exit(2);
}
