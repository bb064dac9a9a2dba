/**
 * What a relay adds to a request's path through the mock (core/model/relays.ts says what a relay is):
 * its own credential beside the vendor's key (Cloudflare's `cf-aig-authorization` on an authenticated
 * gateway), refused with the relay's documented body, since the relay answers before the vendor sees it.
 */
import type { Relay } from '../../core/model/relays';
import type { Operation } from '../../core/model/operations';
import { MockError } from '../errors/catalogue';
import type { ErrorShaper } from '../errors/serialise';
import { header, type MockRequest } from './request';

/** The operation's schemes on the relay: the relay's own header when it names one, else the vendor's. */
export function schemesOn(relay: Relay | undefined, operation: Operation): Operation['auth'] {
  return relay?.auth.length && operation.auth.length ? relay.auth : operation.auth;
}

/** A gateway credential, when sent, must have the relay's form (`Bearer <token>`); without one the gateway is taken as open. */
export function checkGateway(relay: Relay | undefined, request: Pick<MockRequest, 'headers'>): void {
  const gateway = relay?.gateway;
  if (!gateway) return;
  const value = header(request, gateway.header);
  if (value === undefined) return;
  const prefix = gateway.prefix ?? '';
  const wellFormed = value.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase() && value.slice(prefix.length).trim() !== '';
  if (!wellFormed) throw new MockError('gateway_refused', `${gateway.header} must be ${prefix}<token>.`, { status: gateway.refusal.status });
}

/** Shapes a relay's own refusal (`gateway_refused`) with the body the relay documents; every other refusal is the vendor's. */
export function relayShaper(relay: Relay | undefined, vendor: ErrorShaper | undefined, error: MockError): ErrorShaper | undefined {
  const gateway = relay?.gateway;
  if (!gateway || error.kind !== 'gateway_refused') return vendor;
  return { serialiseError: (e, status) => ({ status, headers: e.headers, body: gateway.refusal.body }) };
}
