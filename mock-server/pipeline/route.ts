import type { Mount, Route } from '../../core/model/operations';

export type RouteMatch = { kind: 'found'; route: Route; params: Record<string, string> } | { kind: 'wrong-method'; allowed: string[] } | { kind: 'none' };

/** The mount's operation for a method and vendor path, or the methods the path takes instead, or none. */
export function matchRoute(mount: Mount, method: string, path: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of mount.routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.operation.method !== method) {
      allowed.push(route.operation.method);
      continue;
    }
    const params: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      params[name] = safeDecode(match[i + 1]);
    });
    return { kind: 'found', route, params };
  }
  return allowed.length ? { kind: 'wrong-method', allowed } : { kind: 'none' };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
