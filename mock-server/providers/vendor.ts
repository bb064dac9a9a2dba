import type { OperationHandler, VendorModule } from '../context';

export type { VendorModule };

/** Handlers by operationId; with a vendor's generated `operations` type a misspelt id does not compile. */
export type HandlersFor<Operations> = { [Id in keyof Operations & string]?: OperationHandler };
