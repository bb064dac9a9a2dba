// The README's "every operation" section, rendered from the specs' operation model.
import { deref, type JsonObject, type LoadedSpec } from '../core/model/load';
import { mountPoints, operationsOf, type Operation } from '../core/model/operations';
import { specRelays } from '../core/model/relays';

export const BEGIN = '<!-- operations: generated from specs/*/openapi.yaml by scripts/generate-readme.ts; run `npm run generate` -->';
export const END = '<!-- /operations -->';

/** One table per spec: method, path, operationId, summary, and whether the answer is a job to poll. */
export function operationsSection(specs: LoadedSpec[]): string {
  const parts = specs.map((spec) => {
    const where = mountPoints(spec)
      .map((m) => `\`${m.prefix}\`${m.host ? ` (https://${m.host})` : ''}`)
      .join(', ');
    const relays = specRelays(spec)
      .map((r) => `${r.id} at \`${r.prefix ?? `/${r.id}`}\`${r.server ? ` (${r.server}, key in \`${r.auth?.header ?? 'the vendor header'}\`)` : ''}`)
      .join(', ');
    const operations = operationsOf(spec);
    const rows = operations.map((op) => {
      const raw = deref<JsonObject>(spec.doc, deref<JsonObject>(spec.doc, (spec.doc.paths as JsonObject)[op.path])?.[op.method.toLowerCase()]) ?? {};
      const summary = `${cell(String(raw.summary ?? ''))}${raw.deprecated === true ? ' (deprecated)' : ''}`;
      return `| ${op.method} | \`${op.path}\` | \`${op.operationId}\` | ${summary} | ${mode(spec, op)} |`;
    });
    return [
      `#### ${spec.provider}: ${String((spec.doc.info as JsonObject | undefined)?.title ?? '')}`,
      '',
      `On the mock at ${where}${relays ? `, and through the relays ${relays}` : ''}; ${operations.length} operations.`,
      '',
      '| method | path | operationId | summary | sync/async |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  });
  return [BEGIN, ...parts, END].join('\n\n');
}

/** Async when a 2xx response links to another operation to poll (the specs' `links`), else sync. */
function mode(spec: LoadedSpec, op: Operation): string {
  const polled = new Set<string>();
  for (const [status, links] of Object.entries(op.links)) {
    if (!status.startsWith('2')) continue;
    for (const link of Object.values(links)) {
      const target = deref<JsonObject>(spec.doc, link)?.operationId;
      if (typeof target === 'string' && target !== op.operationId) polled.add(target);
    }
  }
  return polled.size ? `async: then ${[...polled].map((id) => `\`${id}\``).join(', ')}` : 'sync';
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The README with its generated section replaced; throws when the markers are missing. */
export function withSection(readme: string, section: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README.md has no generated operations section: add the lines\n${BEGIN}\n${END}\nwhere it belongs.`);
  return readme.slice(0, begin) + section + readme.slice(end + END.length);
}
