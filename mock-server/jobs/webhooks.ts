import { createHmac, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { Clock } from './clock';

export interface WebhookOptions {
  /** HMAC key for Standard Webhooks signatures (Magnific); its bytes are used as given. */
  secret: string;
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
}

export interface Attempt {
  at: string;
  status?: number;
  error?: string;
}

export interface Delivery {
  id: string;
  provider: string;
  jobId: string;
  url: string;
  event: string;
  state: 'pending' | 'delivered' | 'failed' | 'refused' | 'abandoned';
  attempts: Attempt[];
  reason?: string;
}

const LOG_CAPACITY = 1000;

/**
 * POSTs job notifications with retries and exponential backoff, records every attempt, and refuses
 * targets that are not loopback unless allowed: the mock runs beside real secrets and must not
 * become a way to reach other hosts.
 */
export class WebhookSender {
  readonly log: Delivery[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly clock: Clock,
    private readonly options: WebhookOptions,
    private readonly report: (delivery: Delivery, line: string) => void,
  ) {}

  send(message: WebhookMessage): Delivery {
    const delivery: Delivery = { id: `msg_${randomUUID()}`, provider: message.provider, jobId: message.jobId, url: message.url, event: message.event, state: 'pending', attempts: [] };
    this.log.push(delivery);
    if (this.log.length > LOG_CAPACITY) this.log.splice(0, this.log.length - LOG_CAPACITY);
    const refusal = refuseTarget(message.url, this.options.allow);
    if (refusal) {
      delivery.state = 'refused';
      delivery.reason = refusal;
      this.report(delivery, `webhook to ${message.url} refused: ${refusal}`);
      return delivery;
    }
    this.track(Promise.resolve(message.body).then((value) => this.post(delivery, message, JSON.stringify(value))));
    return delivery;
  }

  /** Resolves when this delivery has succeeded, failed for good or been refused. */
  settled(delivery: Delivery): Promise<Delivery> {
    return new Promise((resolve) => {
      const check = () => (delivery.state === 'pending' ? setImmediate(check) : resolve(delivery));
      check();
    });
  }

  /** Waits for requests in flight; retries not yet due are abandoned (graceful shutdown). */
  async drain(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
    for (const delivery of this.log) if (delivery.state === 'pending') delivery.state = 'abandoned';
  }

  clear() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.log.length = 0;
  }

  private attempt(delivery: Delivery, message: WebhookMessage, body: string) {
    this.track(this.post(delivery, message, body));
  }

  private track(work: Promise<void>) {
    const run = work.finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  private async post(delivery: Delivery, message: WebhookMessage, body: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'ideogram-mock-webhooks' };
    if (message.sign) Object.assign(headers, signStandardWebhook(this.options.secret, delivery.id, Math.floor(this.clock.now() / 1000), body));
    const attempt: Attempt = { at: new Date(this.clock.now()).toISOString() };
    delivery.attempts.push(attempt);
    try {
      const response = await fetch(message.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.options.timeoutMs) });
      attempt.status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) {
        delivery.state = 'delivered';
        this.report(delivery, `webhook ${message.event} to ${message.url} delivered (${response.status})`);
        return;
      }
    } catch (error) {
      attempt.error = (error as Error).message;
    }
    if (delivery.attempts.length >= this.options.maxAttempts) {
      delivery.state = 'failed';
      this.report(delivery, `webhook ${message.event} to ${message.url} failed after ${delivery.attempts.length} attempts`);
      return;
    }
    const wait = this.options.retryBaseMs * 2 ** (delivery.attempts.length - 1);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.attempt(delivery, message, body);
    }, wait);
    timer.unref();
    this.timers.add(timer);
  }
}

/** Standard Webhooks headers: `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`. */
export function signStandardWebhook(secret: string, id: string, timestamp: number, body: string): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` };
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
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (allow.includes('*') || allow.includes(host)) return undefined;
  if (host === 'localhost' || isLoopback(host)) return undefined;
  const kind = isIP(host) ? (isPrivate(host) ? 'a private-range address' : 'a public address') : 'not a loopback address (names other than localhost are not resolved)';
  return `${host} is ${kind}; the mock only calls 127.0.0.0/8, ::1 and localhost unless the host is allowed with --webhook-allow`;
}

function isLoopback(host: string): boolean {
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || /^::ffff:127\./.test(host);
  return false;
}

function isPrivate(host: string): boolean {
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|0\.)/.test(host) || /^(fc|fd|fe80)/i.test(host);
}
