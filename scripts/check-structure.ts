// `npx tsx scripts/check-structure.ts [folder]`: the folders of mock-server/ (or the folder given; each top-level file
// a room of its own) import one another without a cycle, so each folder can be read, and moved, from the bottom up. dependency-cruiser's rules
// see file-level cycles (.dependency-cruiser.cjs); a folder-level one needs the whole graph, so this reads
// dependency-cruiser's result and finds the strongly connected components of the folder graph (Tarjan's algorithm).
// Each cycle is printed with the imports that close it; the exit code is 1 when there is one.
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = resolve(process.argv[2] ?? resolve(REPO, 'mock-server'));
/** Module names are relative to the folder's parent: `mock-server/jobs/engine.ts`. */
const ROOT = `${basename(FOLDER)}/`;

/** One import between two rooms: the file that imports, the file imported, and whether only its types are. */
interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** `mock-server/jobs/engine.ts` lives in `jobs/`; `mock-server/app.ts` is the room `app.ts`. */
function roomOf(path: string): string {
  const rest = path.slice(ROOT.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? rest : rest.slice(0, slash + 1);
}

/** Imports between rooms, by importing room, then imported room. Tests sit beside the code they check and are left out. */
function roomGraph(result: ICruiseResult): Map<string, Map<string, Import[]>> {
  const graph = new Map<string, Map<string, Import[]>>();
  for (const module of result.modules) {
    if (!module.source.startsWith(ROOT) || module.source.endsWith('.test.ts')) continue;
    const from = roomOf(module.source);
    const edges = graph.get(from) ?? new Map<string, Import[]>();
    graph.set(from, edges);
    for (const dependency of module.dependencies) {
      if (!dependency.resolved.startsWith(ROOT)) continue;
      const to = roomOf(dependency.resolved);
      if (to === from) continue;
      const imports = edges.get(to) ?? [];
      edges.set(to, imports);
      imports.push({ from: module.source, to: dependency.resolved, typeOnly: dependency.dependencyTypes.includes('type-only') });
    }
  }
  return graph;
}

/** The strongly connected components of more than one room: each is one or more cycles. */
function cycles(graph: Map<string, Map<string, Import[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (room: string): void => {
    index.set(room, index.size);
    low.set(room, index.get(room)!);
    stack.push(room);
    onStack.add(room);
    for (const next of graph.get(room)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(room, Math.min(low.get(room)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(room, Math.min(low.get(room)!, index.get(next)!));
    }
    if (low.get(room) !== index.get(room)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== room);
    if (component.length > 1) found.push(component.sort());
  };
  for (const room of [...graph.keys()].sort()) if (!index.has(room)) visit(room);
  return found;
}

/** The shortest way round from `start` back to it, inside one component (breadth first). */
function shortestLoop(graph: Map<string, Map<string, Import[]>>, component: Set<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const room = queue.shift()!;
    for (const next of graph.get(room)?.keys() ?? []) {
      if (next === start) {
        const loop: string[] = [];
        for (let at = room; at !== start; at = cameFrom.get(at)!) loop.unshift(at);
        return [start, ...loop];
      }
      if (!component.has(next) || cameFrom.has(next)) continue;
      cameFrom.set(next, room);
      queue.push(next);
    }
  }
  return [start];
}

function describe(graph: Map<string, Map<string, Import[]>>, component: string[]): string {
  const members = new Set(component);
  const loop = shortestLoop(graph, members, component[0]);
  const lines = [`folder cycle: ${component.join(', ')} (shortest: ${[...loop, loop[0]].join(' → ')})`];
  for (const from of component) {
    for (const [to, imports] of graph.get(from) ?? []) {
      if (!members.has(to)) continue;
      lines.push(`  ${from} → ${to}`);
      for (const each of imports) lines.push(`    ${each.from} → ${each.to}${each.typeOnly ? ' (types only)' : ''}`);
    }
  }
  return lines.join('\n');
}

const options = await extractDepcruiseOptions(resolve(REPO, '.dependency-cruiser.cjs'));
const tsConfigFile = resolve(REPO, 'tsconfig.json');
const tsConfig = extractTSConfig(tsConfigFile);
const only = `^${ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
const cruiseOptions = {
  ...options,
  ruleSet: undefined,
  validate: false,
  baseDir: dirname(FOLDER),
  tsConfig: { fileName: tsConfigFile },
  includeOnly: only,
  outputType: 'json' as const,
};
const { output } = await cruise([ROOT], cruiseOptions, undefined, { tsConfig });
const result: ICruiseResult = typeof output === 'string' ? JSON.parse(output) : output;
const graph = roomGraph(result);
const found = cycles(graph);
for (const component of found) console.log(describe(graph, component));
console.log(found.length ? `${found.length} folder cycle(s) in ${ROOT}` : `no folder cycle in ${ROOT} (${graph.size} folders and files)`);
process.exitCode = found.length ? 1 : 0;
