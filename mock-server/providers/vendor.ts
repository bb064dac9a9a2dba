import type { MockError } from '../errors/catalogue';
import type { ErrorReply } from '../errors/serialise';
import type { OperationHandler } from '../context';
import type { VendorFlow } from '../jobs/engine';
import type { Operation } from '../../core/model/operations';

/** Handlers by operationId; with a vendor's generated `operations` type a misspelt id does not compile. */
export type HandlersFor<Operations> = { [Id in keyof Operations & string]?: OperationHandler };

/**
 * Everything about one vendor that its spec cannot say. The generic pipeline reads these and never
 * names a vendor; a vendor without a module is served from its spec alone (spec-only.ts).
 */
export interface VendorModule {
  /** The vendor's own sentences for a missing or refused key, where it documents them. */
  authMessages?: { missing: string; invalid: string };
  /** Status for a request that fails the schema or is not parseable JSON (default 400). */
  validationStatus?: number;
  /** The vendor's body and headers for a refusal, at the status already decided. */
  serialiseError(error: MockError, status: number, operation?: Operation): ErrorReply;
  /** Headers every answer carries unless the reply set them already (fal's request id). */
  answerHeaders?(): Record<string, string>;
  /** Answers computed rather than replayed from examples (job flows), by operationId. */
  handlers?: Record<string, OperationHandler>;
  /** The job flow the handlers drive, built from the vendor's operations (result templates). */
  flow?(operations: Operation[]): VendorFlow;
}
