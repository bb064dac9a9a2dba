import type { MockContext, OperationHandler } from '../context';
import type { HandlerTable } from '../pipeline/handle';
import { pixazoFlow, pixazoHandlers } from './pixazo';
import { magnificFlow, magnificHandlers } from './magnific';
import { falQueueFlow, falQueueHandlers } from './fal-queue';
import { replicateFlow, replicateHandlers } from './replicate/index';

/**
 * What the specs cannot say: the asynchronous vendors' job flows. Every other operation is served
 * by replaying its documented example, made live.
 */
export function registerProviders(ctx: MockContext): HandlerTable {
  const table: HandlerTable = new Map();
  const served = new Set(ctx.index.mounts.map((m) => m.provider));
  const add = (provider: string, handlers: Record<string, OperationHandler>) => {
    for (const [operationId, handler] of Object.entries(handlers)) table.set(`${provider}:${operationId}`, handler);
  };
  if (served.has('pixazo')) {
    ctx.jobs.register(pixazoFlow);
    add('pixazo', pixazoHandlers);
  }
  if (served.has('magnific')) {
    ctx.jobs.register(magnificFlow);
    add('magnific', magnificHandlers);
  }
  if (served.has('fal-queue')) {
    const result = ctx.index.operations.find((o) => o.provider === 'fal-queue' && o.operationId === 'getResult');
    const template = result?.responses.find((r) => r.status === 200)?.examples[0]?.value ?? null;
    ctx.jobs.register(falQueueFlow(template));
    add('fal-queue', falQueueHandlers);
  }
  if (served.has('replicate')) {
    ctx.jobs.register(replicateFlow);
    add('replicate', replicateHandlers);
  }
  return table;
}
