import type { Request } from 'express';
import { MockError } from '../errors/catalogue';

/** Short and plain, so a namespace is safe in a key (Redis), a log line and a URL. */
const NAMESPACE = /^[A-Za-z0-9._-]{1,64}$/;

export const NAMESPACE_HEADER = 'x-mock-namespace';

/** The namespace a vendor request's header names: '' when it names none, undefined when what it names is not one. */
export function namespaceOf(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return '';
  return NAMESPACE.test(value) ? value : undefined;
}

/** The control API's namespace (header, else `?namespace=`); undefined for every namespace. */
export function adminNamespace(req: Request): string | undefined {
  const query = req.query.namespace;
  // Repeated (`?namespace=a&namespace=a`) it is a list: read as none, it would reset every namespace.
  if (Array.isArray(query)) throw new MockError('mock_usage', `Name one namespace (namespace was given ${query.length} times).`);
  const value = req.get(NAMESPACE_HEADER) ?? (typeof query === 'string' ? query : undefined);
  if (value === undefined) return undefined;
  if (!NAMESPACE.test(value)) throw badNamespace(value);
  return value;
}

export function badNamespace(value: string | undefined): MockError {
  return new MockError(
    'bad_namespace',
    `X-Mock-Namespace "${String(value).slice(0, 80)}" is not a namespace: use 1 to 64 letters, digits, dots, dashes or underscores.`,
  );
}
