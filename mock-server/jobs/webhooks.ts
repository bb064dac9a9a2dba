import { createHash, createHmac } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Clock } from './clock';
import type { SigningKey } from './ed25519';
import type { DeliveryLog } from '../state/store';
import type { Attempt, Delivery } from '../state/records';
import { REDACTED } from '../../core/recording';
import { redactQuery } from '../../core/recording';

export interface WebhookOptions {
  /** HMAC key for Standard Webhooks signatures (Magnific); its bytes are used as given. */
  secret: string;
  /** The app's Ed25519 key, for vendors that sign with one (fal). */
  signingKey: () => SigningKey;
  /** Host names (or `*`) that may receive deliveries besides loopback addresses. */
  allow: readonly string[];
  retryBaseMs: number;
  maxAttempts: number;
  timeoutMs: number;
}

export interface WebhookMessage {
  provider: string;
  jobId: string;
  url: string;
  event: string;
  /** A promise when the body needs rendering first (fal's result carries the image's byte size). */
  body: unknown;
  /** Sign with the Standard Webhooks headers. */
  sign: boolean;
  /**
   * The vendor's own signature headers for the body as sent, at this attempt's time (Unix seconds), with the
   * delivery's id (the same on every attempt) and the HMAC secret, for vendors that sign with either.
   */
  signature?: (body: string, timestamp: number, key: SigningKey, delivery: { id: string; secret: string }) => Record<string, string>;
}

/** What one attempt came to: done with (delivered, given up, refused), or to be tried again in this many ms. */
export type Outcome = 'delivered' | 'failed' | 'refused' | { retryInMs: number };

/** Deliveries in flight at once; more wait their turn, so a hanging receiver cannot exhaust descriptors. */
export const MAX_CONCURRENT_DELIVERIES = 16;

/**
 * The id of one job step's delivery: the same on every attempt and from every instance (Standard
 * Webhooks' `webhook-id`, which receivers are told to deduplicate on), different for each step.
 */
export function deliveryId(jobId: string, step: number): string {
  return `msg_${createHash('sha256').update(`${jobId}:${step}`).digest('base64url').slice(0, 27)}`;
}

/**
 * POSTs job notifications, one attempt at a time (the job engine decides when to try again, on any
 * instance), records every attempt, and refuses targets that are not loopback unless allowed: the
 * mock runs beside real secrets and must not become a way to reach other hosts.
 */
export class WebhookSender {
  /** This instance's deliveries not yet settled, by id, with their namespace: drain abandons them, settled waits on them. */
  private readonly pending = new Map<string, { ns: string; delivery: Delivery }>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly allow: string[];
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Aborted when the mock stops past its grace: every attempt in flight ends, and any later one at once. */
  private readonly stopped = new AbortController();

  constructor(
    private readonly clock: Clock,
    private readonly options: WebhookOptions,
    private readonly log: DeliveryLog,
    private readonly report: (ns: string, delivery: Delivery, line: string) => void,
  ) {
    this.allow = options.allow.map(normaliseHost);
  }

  /** One attempt at delivery `id`, of which `tried` attempts were made before (here or on another instance). */
  deliver(ns: string, id: string, message: WebhookMessage, tried: number): Promise<Outcome> {
    const known = this.pending.get(id)?.delivery;
    const delivery: Delivery = known ?? {
      id,
      provider: message.provider,
      jobId: message.jobId,
      url: shownUrl(message.url),
      event: message.event,
      state: 'pending',
      attempts: [],
    };
    const refusal = refuseTarget(message.url, this.allow);
    if (refusal) {
      delivery.state = 'refused';
      delivery.reason = refusal;
      this.record(ns, delivery);
      this.report(ns, delivery, `webhook to ${delivery.url} refused: ${refusal}`);
      return Promise.resolve('refused');
    }
    if (!known) {
      this.pending.set(id, { ns, delivery });
      this.record(ns, delivery);
    }
    const attempt = Promise.resolve(message.body).then((value) => this.inTurn(() => this.post(ns, delivery, message, JSON.stringify(value), tried)));
    const run = attempt.finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
    return attempt;
  }

  /** Resolves when this delivery has succeeded, failed for good or been refused. */
  settled(delivery: Delivery): Promise<Delivery> {
    return new Promise((resolve) => {
      const check = () => (delivery.state === 'pending' ? setImmediate(check) : resolve(delivery));
      check();
    });
  }

  /** Waits for requests in flight; deliveries still to be retried are abandoned here (another instance may take them up). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    for (const { ns, delivery } of this.pending.values()) this.settle(ns, delivery, 'abandoned');
  }

  /** Cuts off the attempts in flight, each recorded with its error; drain then abandons their deliveries. */
  abort() {
    this.stopped.abort(new Error('the mock stopped before the receiver answered'));
  }

  /** Forgets one namespace's deliveries still pending (all when ns is undefined). */
  clear(ns?: string) {
    for (const [id, at] of this.pending) if (ns === undefined || at.ns === ns) this.pending.delete(id);
  }

  /** The log is the store's, so the control API of any instance lists every delivery; a lost write is logged, never thrown. */
  private record(ns: string, delivery: Delivery) {
    const write = this.log
      .put(ns, delivery)
      .catch((error: unknown) => this.report(ns, delivery, `webhook delivery ${delivery.id} not recorded: ${(error as Error).message}`));
    this.inFlight.add(write);
    void write.finally(() => this.inFlight.delete(write));
  }

  private settle(ns: string, delivery: Delivery, state: Delivery['state']) {
    delivery.state = state;
    // A delivery forgotten by a reset while in flight stays forgotten.
    if (this.pending.delete(delivery.id)) this.record(ns, delivery);
  }

  /** Runs the delivery when one of the MAX_CONCURRENT_DELIVERIES slots is free; a finished one hands its slot on. */
  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < MAX_CONCURRENT_DELIVERIES) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  private async post(ns: string, delivery: Delivery, message: WebhookMessage, body: string, tried: number): Promise<Outcome> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'ideogram-mock-webhooks' };
    const timestamp = Math.floor(this.clock.now() / 1000);
    if (message.sign) Object.assign(headers, signStandardWebhook(this.options.secret, delivery.id, timestamp, body));
    if (message.signature)
      Object.assign(headers, message.signature(body, timestamp, this.options.signingKey(), { id: delivery.id, secret: this.options.secret }));
    const attempt: Attempt = { at: new Date(this.clock.now()).toISOString() };
    delivery.attempts.push(attempt);
    // Credentials in the URL travel as Basic auth, as curl and browsers send them.
    const target = new URL(message.url);
    if (target.username || target.password) {
      headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`).toString('base64')}`;
      target.username = '';
      target.password = '';
    }
    // Not AbortSignal.timeout: its timer would outlive the attempt, and a stopped mock.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error('The operation was aborted due to timeout')), this.options.timeoutMs);
    const signal = AbortSignal.any([timeout.signal, this.stopped.signal]);
    try {
      const status = await postOnce(target, headers, body, signal);
      attempt.status = status;
      if (status >= 200 && status < 300) {
        this.settle(ns, delivery, 'delivered');
        this.report(ns, delivery, `webhook ${message.event} to ${delivery.url} delivered (${status})`);
        return 'delivered';
      }
    } catch (error) {
      attempt.error = ((signal.aborted ? signal.reason : error) as Error).message;
    } finally {
      clearTimeout(timer);
    }
    if (tried + 1 >= this.options.maxAttempts) {
      this.settle(ns, delivery, 'failed');
      this.report(ns, delivery, `webhook ${message.event} to ${delivery.url} failed after ${tried + 1} attempts`);
      return 'failed';
    }
    if (this.pending.has(delivery.id)) this.record(ns, delivery);
    return { retryInMs: this.options.retryBaseMs * 2 ** tried };
  }
}

/**
 * One POST on a connection of its own, never pooled (a pool's socket would outlive the attempt, and a
 * stopped mock), redirects not followed; resolves to the answer's status once its body is read and
 * dropped, or cut off (the receiver has answered: its status stands).
 */
function postOnce(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    let status: number | undefined;
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent: false, signal }, (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.once('close', () => resolve(status!));
    });
    req.once('error', (error) => (status === undefined ? reject(error) : resolve(status)));
    req.end(body);
  });
}

/**
 * Standard Webhooks headers: `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`;
 * a vendor that signs the same string its own way (WaveSpeed: `v3,` and hex) names its version and digest.
 */
export function signStandardWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
  { version, digest }: { version: string; digest: 'base64' | 'hex' } = { version: 'v1', digest: 'base64' },
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest(digest);
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `${version},${signature}` };
}

/**
 * A webhook URL as the control API, the journal, the log and a shared store keep it: the user info
 * (sent as Basic auth) and query parameters named like secrets (`?token=`) replaced, since those go
 * wherever the delivery record goes.
 */
export function shownUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.replace(/\/\/[^/]*@/, `//${REDACTED}@`);
  }
  const userInfo = url.username || url.password ? `${REDACTED}@` : '';
  return `${url.protocol}//${userInfo}${url.host}${url.pathname}${redactQuery(url.search, new Set()).value}${url.hash}`;
}

/** Why a target may not be called, or undefined when it may: loopback only unless allowed by name. */
export function refuseTarget(raw: string, allow: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `the ${url.protocol} scheme is not allowed`;
  if (isMockPath(url)) return `${url.pathname.slice(0, 80)} is one of the mock's own paths (/__admin, /__files, ...), never a webhook's`;
  const host = normaliseHost(url.hostname);
  if (allow.includes('*') || allow.includes(host)) return undefined;
  if (host === 'localhost' || within(LOOPBACK, host)) return undefined;
  const kind = isIP(host)
    ? within(PRIVATE, host)
      ? 'a private-range address'
      : 'a public address'
    : 'not a loopback address (names other than localhost are not resolved)';
  return `${host} is ${kind}; the mock only calls 127.0.0.0/8, ::1 and localhost unless the host is allowed with --webhook-allow`;
}

/**
 * Whether a URL's path is one of the mock's own (every one holds `/__`: the control API, files, images,
 * docs), `%5F` escapes included: a webhook sent there would steer the mock (`/__admin/reset`).
 */
export function isMockPath(url: URL): boolean {
  return /\/__/.test(url.pathname.replace(/%5f/gi, '_'));
}

/** `Example.COM:8080`, `[::1]`, `[::1]:80` → `example.com`, `::1`: how URL host names compare. */
export function normaliseHost(entry: string): string {
  const host = entry.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1];
  return /^[^:]+:\d+$/.test(host) ? host.slice(0, host.lastIndexOf(':')) : host;
}

function subnets(list: [string, number, 'ipv4' | 'ipv6'][]): BlockList {
  const blocks = new BlockList();
  for (const [address, prefix, family] of list) blocks.addSubnet(address, prefix, family);
  return blocks;
}

// BlockList matches IPv4-mapped IPv6 addresses (::ffff:7f00:1, as URL writes [::ffff:127.0.0.1]) against the IPv4 ranges.
const LOOPBACK = subnets([
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
]);
const PRIVATE = subnets([
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['0.0.0.0', 8, 'ipv4'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
]);

function within(blocks: BlockList, host: string): boolean {
  const family = isIP(host);
  return family !== 0 && blocks.check(host, family === 4 ? 'ipv4' : 'ipv6');
}
