import { STATUS_CODES } from 'node:http';
import type { Operation } from '../../core/model/operations';
import type { VendorModule } from './vendor';

/**
 * A vendor known only from its spec (`--spec`): refusals answer with the operation's own documented
 * body for that status (its first example), else an RFC 9457 problem+json body; the mock's usage
 * errors always use problem+json, whose `detail` can say what went wrong.
 */
export function specOnlyVendor(operations: Operation[]): VendorModule {
  const documents = (status: number) => operations.some((o) => o.responses.some((r) => r.status === status));
  let validationStatus: number | undefined;
  return {
    // FastAPI-style APIs document 422 and no 400 for schema failures. Found on first use: it reads
    // every operation's responses, which a start-up otherwise leaves unread.
    get validationStatus() {
      return (validationStatus ??= documents(422) && !documents(400) ? 422 : 400);
    },
    serialiseError(error, status, operation) {
      // The mock's own usage errors (an undocumented Prefer: code=) must say what the spec documents, which no vendor example does.
      const documented = error.kind === 'mock_usage' ? undefined : operation?.responses.find((r) => r.status === status)?.examples[0];
      if (documented) return { status, headers: error.headers, body: documented.value, contentType: documented.mediaType };
      return {
        status,
        headers: error.headers,
        body: { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail: error.message },
        contentType: 'application/problem+json',
      };
    },
  };
}
