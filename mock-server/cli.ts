import { parseArgs } from 'node:util';
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { tlsMaterial } from './tls';
import { parseVendorPorts } from './origins';
import { runMock, type RunConfig } from './run';
import { runPrimary, runWorker } from './cluster';
import { parseBudget, type Budget } from './budget';
import { warmSearch } from './admin/near-miss';
import type { RelayDefinition } from '../core/model/relays';

const HELP = `Usage: ideogram-mock [options]

Serves every Ideogram-compatible vendor API from its OpenAPI spec.

Options:
  --port <n>           port (default: $PORT or 4010; 0 picks a free one)
  --host <addr>        address to listen on (default 127.0.0.1)
  --providers <ids>    comma-separated providers to serve (default: all)
  --vendor-ports <l>   also give vendors origins of their own, serving their paths without the
                       prefix: <name>=<port>,<name>=<port>, names being the prefixes listed at
                       start without the slash (port 0 picks a free one)
  --spec <file>        also serve the vendor an OpenAPI 3.x file describes, under its servers'
                       x-mock-prefix or /<the file's folder name> (repeatable)
  --keys <keys>        comma-separated API keys to accept (default: any non-empty key)
  --latency <d>        delay added to vendor responses: 800 (ms), 800-3000 (uniform) or
                       lognormal:<median>,<p99>; scoped as <vendor>=<d> or <vendor>:<operationId>=<d>
                       (repeatable, or rules joined by ";"; the most specific rule wins)
  --limits <l>         vendor: enforce each vendor's documented limits per key (Ideogram's 10 in
                       flight, rate limits with their 429 body); override with vendor,<vendor>.<limit>=<n>[/<window>]
  --faults <r>         fail this share of vendor requests: 5% (reset, timeout, malformed, 5xx) or 5%:reset,5xx
  --job-mode <mode>    poll (default: each status poll advances a job one step) or time
  --job-duration <d>   time mode: submission to completion, e.g. 3s, 1500ms (default: each vendor's typical
                       time, from 6s for Replicate to 15s for Magnific)
  --job-ttl <d>        jobs are forgotten after this long (default 1h)
  --max-jobs <n>       jobs kept at once (default 200000); when all are unfinished, submissions get 429
  --budget <list>      what the mock keeps, as <store>=<count>[/<bytes>] joined by commas, the oldest (rate
                       windows: least recently used) going first: journal=1000/16MiB, deliveries=1000/8MiB,
                       files=1000/512MiB, rate-windows=10000/16MiB (the defaults)
  --max-held <n>       vendor requests held open at once by a delay, fault=timeout or Replicate's Prefer: wait
                       (default 256); more get 429
  --store <url>        keep jobs, journal, scenarios, webhook deliveries and uploads in Redis, shared by every
                       mock given the same URL: redis://[:password@]host[:port][/db][?prefix=name] (rediss:// for TLS),
                       or a Redis Cluster: redis+cluster://[:password@]host:port[,host:port...][?prefix=name]
  --webhook-secret <s> key for the HMAC webhook signatures (Magnific, Replicate, Kie, WaveSpeedAI; default mock-webhook-secret)
  --webhook-signing-key <f>  Ed25519 private key (PEM) signing webhooks (fal, Ideogram), published as a JWKS (default: a new key per start; with --store, the key the first mock stored)
  --webhook-allow <h>  comma-separated hosts webhooks may reach besides loopback (* = any)
  --proxy <p>=<url>    forward vendor <p>'s requests to <url> (the real vendor, or a server laid out
                       like it) instead of answering from the spec (repeatable)
  --relay <r>          also serve a vendor's API as a relay does, under its own prefix and key header:
                       <id>=<vendor>[,prefix=/<path>][,auth=<header>][,server=<real base URL>]
                       (repeatable; prefix defaults to /<id>, auth to the vendor's own header)
  --record <dir>       save every proxied exchange in <dir>, keys redacted, a job's submit and polls
                       in one file; answers that depart from the spec are reported
  --replay <dir>       answer requests that match a recording in <dir> with the recorded answer
                       (the rest from the spec)
  --replay-strict      with --replay: a request no recording matches gets a 404 naming the closest
  --admin-token <t>    require "Authorization: Bearer <t>" on /__admin
  --tls                serve HTTPS with a self-signed certificate for 127.0.0.1 and localhost
  --tls-cert <file>    serve HTTPS with this PEM certificate (with --tls-key)
  --tls-key <file>     the PEM private key for --tls-cert
  --tls-cert-out <f>   write the certificate here for clients to trust (SSL_CERT_FILE, NODE_EXTRA_CA_CERTS)
  --workers <n>        serve from n processes sharing one port and one state (default 1), for
                       load tests that need more than one core; the first process holds the state
  --quiet              no request log
  -h, --help           this text
`;

async function main() {
  // A worker takes its options from the primary, which parsed them (and made the shared certificate and key).
  if (cluster.isWorker) return runWorker();
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      providers: { type: 'string' },
      spec: { type: 'string', multiple: true },
      'vendor-ports': { type: 'string' },
      keys: { type: 'string' },
      latency: { type: 'string', multiple: true },
      limits: { type: 'string' },
      faults: { type: 'string' },
      'job-mode': { type: 'string', default: 'poll' },
      'job-duration': { type: 'string' },
      'job-ttl': { type: 'string' },
      'max-jobs': { type: 'string' },
      budget: { type: 'string' },
      'max-held': { type: 'string' },
      store: { type: 'string' },
      'webhook-secret': { type: 'string' },
      'webhook-signing-key': { type: 'string' },
      'webhook-allow': { type: 'string' },
      'admin-token': { type: 'string' },
      proxy: { type: 'string', multiple: true },
      relay: { type: 'string', multiple: true },
      record: { type: 'string' },
      replay: { type: 'string' },
      'replay-strict': { type: 'boolean', default: false },
      tls: { type: 'boolean', default: false },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'tls-cert-out': { type: 'string' },
      workers: { type: 'string', default: '1' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  // An unset CI variable expands to "": that must not silently turn protection off.
  if (values['admin-token'] === '')
    fail('--admin-token is empty: pass a token (then send "Authorization: Bearer <token>"), or leave the option out for an open control API.');
  if (values.keys !== undefined && !list(values.keys))
    fail('--keys is empty: pass comma-separated API keys to accept, or leave the option out to accept any non-empty key.');
  const port = wholeNumber('--port', values.port ?? process.env.PORT ?? '4010', 0, 65535);
  const jobMode = values['job-mode'];
  if (jobMode !== 'poll' && jobMode !== 'time') fail(`--job-mode must be poll or time (got "${jobMode}").`);
  if (values['replay-strict'] && !values.replay) fail('--replay-strict needs --replay <dir>.');
  if (values.record && !values.proxy) fail('--record saves proxied exchanges: add --proxy <provider>=<url>.');
  const workers = wholeNumber('--workers', values.workers, 1, 64);
  const options: RunConfig['options'] = {
    providers: list(values.providers),
    specs: values.spec,
    keys: list(values.keys),
    latency: values.latency,
    limits: values.limits,
    faults: values.faults,
    quiet: values.quiet,
    jobMode,
    jobDurationMs: duration('--job-duration', values['job-duration']),
    jobTtlMs: duration('--job-ttl', values['job-ttl']),
    maxJobs: values['max-jobs'] === undefined ? undefined : wholeNumber('--max-jobs', values['max-jobs'], 1, 10_000_000),
    budget: budgetOption(values.budget, values['max-held']),
    webhookSecret: values['webhook-secret'],
    webhookSigningKey: pemFile('--webhook-signing-key', values['webhook-signing-key']),
    webhookAllow: list(values['webhook-allow']),
    adminToken: values['admin-token'],
    proxy: proxyTargets(values.proxy),
    relays: values.relay?.map(parseRelay),
    record: values.record,
    replay: values.replay,
    replayStrict: values['replay-strict'],
    port,
    host: values.host,
    vendorPorts: values['vendor-ports'] === undefined ? undefined : parseVendorPorts(values['vendor-ports']),
    tls: values.tls,
    certFile: values['tls-cert'],
    keyFile: values['tls-key'],
    certOut: values['tls-cert-out'],
  };
  const config: RunConfig = { options, store: values.store, tls: await tlsMaterial(options) };
  if (workers > 1) return runPrimary(workers, config);
  const { mock, banner } = await runMock(config);
  process.stdout.write(banner);
  // Warming waits a moment: a client that was waiting for the port sends its first request now, and
  // should not share the process with the warm-up (its own operation's validators load on its call).
  setTimeout(() => void mock.app.mock.index.warm().then(warmSearch), WARM_AFTER_MS);
}

/** How long after listening the validators and the search are warmed. */
const WARM_AFTER_MS = 200;

function list(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

/** `pixazo=https://gateway.pixazo.ai`, repeated → provider id → base URL. */
function proxyTargets(values: string[] | undefined): Record<string, string> | undefined {
  if (!values?.length) return undefined;
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    const provider = value.slice(0, at).trim();
    const url = value.slice(at + 1).trim();
    if (at < 1 || !/^https?:\/\/[^/]/.test(url) || !URL.canParse(url)) fail(`--proxy must be <provider>=<http(s) base URL> (got "${value}").`);
    out[provider] = url;
  }
  return out;
}

const RELAY_USAGE = '--relay takes <id>=<vendor>[,prefix=/<path>][,auth=<header>][,server=<url>], e.g. --relay myrelay=ideogram,auth=X-Relay-Key';

/** `myrelay=ideogram,prefix=/my/ideogram,auth=X-Relay-Key`: a relay of a served vendor (its id, prefix and header are checked when the mock is built). */
function parseRelay(value: string): RelayDefinition {
  const [head, ...settings] = value.split(',').map((part) => part.trim());
  const at = head.indexOf('=');
  if (at < 1 || at === head.length - 1) fail(`${RELAY_USAGE} (got "${clip(value)}": it must start with <id>=<vendor>).`);
  const relay: RelayDefinition = { id: head.slice(0, at).trim(), vendor: head.slice(at + 1).trim() };
  for (const setting of settings) {
    const eq = setting.indexOf('=');
    const [name, given] = [setting.slice(0, eq).trim(), setting.slice(eq + 1).trim()];
    if (eq < 1 || !given) fail(`${RELAY_USAGE} (got "${clip(setting)}" in "${clip(value)}": each setting is name=value).`);
    if (name === 'prefix') relay.prefix = given;
    else if (name === 'auth') relay.auth = { header: given };
    else if (name === 'server') relay.server = given;
    else fail(`${RELAY_USAGE} (got the setting "${clip(name)}": the settings are prefix, auth and server).`);
  }
  return relay;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function budgetOption(text: string | undefined, maxHeld: string | undefined): Budget | undefined {
  if (text === undefined && maxHeld === undefined) return undefined;
  let budget: Budget;
  try {
    budget = parseBudget(text);
  } catch (error) {
    fail((error as Error).message);
  }
  return maxHeld === undefined ? budget : { ...budget, held: wholeNumber('--max-held', maxHeld, 1, 100_000) };
}

function pemFile(name: string, file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${name} ${file}: ${(error as Error).message}`);
  }
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) fail(`${name} must be a whole number from ${min} to ${max} (got "${value}").`);
  return n;
}

/** `1500`, `1500ms`, `3s`, `2m`, `1h` → milliseconds. */
function duration(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!match) fail(`${name} must be a duration like 3s, 1500ms, 2m or 1h (got "${value}").`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(match[1]) * unit);
}

function fail(message: string): never {
  process.stderr.write(`${message}\nRun with --help for usage.\n`);
  process.exit(2);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\nRun with --help for usage.\n`);
  process.exit(2);
});
