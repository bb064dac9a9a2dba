import { Router, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SPECS_DIR, type JsonObject } from '../core/model/load';
import { MockError } from './errors/catalogue';
import type { MockContext } from './context';

/** The package's root: the specs, the dashboard (`ui/`) and the built bundles sit beside each other. */
const ROOT = join(SPECS_DIR, '..');
const UI_DIR = join(ROOT, 'ui');

/**
 * Scalar's standalone bundle: copied into dist/ by the package build, read from node_modules in a
 * checkout. Served from here so the reference works offline, with no CDN.
 */
function scalarBundle(): string | undefined {
  return [join(ROOT, 'dist', 'vendor', 'scalar.js'), join(ROOT, 'node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js')].find((file) =>
    existsSync(file),
  );
}

/**
 * The pages' headers: never framed (a page on another port framed the dashboard and clicked "Reset
 * everything" through it), and a policy allowing what each page loads, from the mock alone.
 */
function pageHeaders(policy: string) {
  const header = `${policy}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', header);
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  };
}

/** `/__admin/ui`: a static page that reads and steers the mock through `/__admin` (and its token). */
export function dashboardRouter(): Router {
  const router = Router();
  router.use(pageHeaders("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'"));
  router.get('/', (req, res) => {
    if (!req.originalUrl.split('?')[0].endsWith('/')) return res.redirect(301, `${req.baseUrl}/`);
    res.sendFile(join(UI_DIR, 'dashboard.html'));
  });
  for (const file of ['dashboard.js', 'dashboard.css']) router.get(`/${file}`, (_req, res) => res.sendFile(join(UI_DIR, file)));
  return router;
}

/** `/__docs`: every vendor's spec in Scalar, its servers (and "try it") pointed at the mock's own prefixes. */
export function docsRouter(ctx: MockContext): Router {
  const router = Router();
  // Scalar adds its styles as style elements and shows images as data: URLs; "try it" calls the mock.
  router.use(
    pageHeaders(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'",
    ),
  );
  const providers = [...new Set(ctx.index.mounts.map((m) => m.provider))];
  router.get('/', (_req, res) => {
    res.type('html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>API reference — ideogram-contracts mock</title></head>
<body><div id="app"></div><script src="/__docs/scalar.js"></script><script src="/__docs/start.js"></script></body></html>`);
  });
  router.get('/start.js', (_req, res) => {
    const sources = providers.map((provider) => ({
      title: String((specDoc(ctx, provider).info as JsonObject | undefined)?.title ?? provider),
      slug: provider,
      url: `/__docs/specs/${provider}.json`,
    }));
    // Nothing that calls Scalar's servers (fonts, the AI agent, telemetry): the page must work offline.
    const config = { sources, withDefaultFonts: false, telemetry: false, agent: { disabled: true }, showDeveloperTools: 'never' };
    res.type('text/javascript').send(`Scalar.createApiReference('#app', ${JSON.stringify(config)});`);
  });
  router.get('/scalar.js', (_req, res) => {
    const bundle = scalarBundle();
    if (!bundle) return void res.status(404).type('text').send('The API reference bundle is missing: run npm install (checkout) or reinstall the package.');
    res.sendFile(bundle, { maxAge: '1h' });
  });
  router.get('/specs/:file', (req: Request, res: Response) => {
    const provider = String(req.params.file).replace(/\.json$/, '');
    if (!providers.includes(provider)) throw new MockError('not_found', `No spec for ${provider}; known: ${providers.join(', ')}.`);
    const origin = `${req.protocol}://${req.get('host')}`;
    // The mock first, so "try it" reaches it by default; the vendor's own servers stay listed after it.
    const mounts = ctx.index.mounts.filter((m) => m.provider === provider);
    const mocks = mounts.map((m) => ({
      url: `${origin}${m.prefix}`,
      description: m.relay
        ? `This mock as ${m.relay.title}, standing for ${m.relay.server || 'the relay'}`
        : `This mock${m.host ? `, standing for https://${m.host}` : ''}`,
      ...serverVariables(m.prefix),
    }));
    // The relays' own base URLs after the vendor's: the same API reached through them.
    const relays = mounts.flatMap((m) => (m.relay?.server ? [{ url: m.relay.server, description: m.relay.title, ...serverVariables(m.relay.server) }] : []));
    const doc = specDoc(ctx, provider);
    res.json({ ...doc, servers: [...mocks, ...((doc.servers ?? []) as JsonObject[]), ...relays] });
  });
  return router;
}

/** A templated server URL's `{name}` segments as OpenAPI server variables, so "Test Request" can fill them in. */
function serverVariables(url: string): { variables?: Record<string, { default: string }> } {
  const names = [...url.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return names.length ? { variables: Object.fromEntries(names.map((name) => [name, { default: name }])) } : {};
}

function specDoc(ctx: MockContext, provider: string): JsonObject {
  return ctx.index.specs.find((s) => s.provider === provider)!.doc;
}
