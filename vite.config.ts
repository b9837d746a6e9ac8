// Vite for the Outlook add-in: `npm start` serves the task pane, the playground pages and the
// Graph stand-in on https://localhost:3000; `npm run build:addin` builds the pane into dist/.
// The Gmail add-on has its own build (gmail-addon/) and is not part of this config.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin, ViteDevServer } from 'vite';
import {
  DEMO_KONTAKTCENTER,
  DEMO_KONTAKTCENTER_MESSAGES,
  DEMO_MESSAGES,
  DEMO_OWNER,
} from './playground/demo-mailbox.ts';
import { createGraphStandin } from './playground/graph-standin/graphStandin.ts';
import { graphStandinMiddleware } from './playground/graph-standin/server.ts';
import { ensureDevCert } from './scripts/dev-cert.mjs';
import { loadOrganisation } from './cli/loadOrganisation.ts';

const repoRoot = dirname(fileURLToPath(import.meta.url));
const addinRoot = resolve(repoRoot, 'addin');
const playgroundRoot = resolve(repoRoot, 'playground');
const sharedRoot = resolve(repoRoot, 'shared') + sep;

/** A page listing the playground's pages, used when playground/index.html does not exist. */
function playgroundIndex(): string {
  const pages = existsSync(playgroundRoot)
    ? readdirSync(playgroundRoot).filter((f) => f.endsWith('.html'))
    : [];
  const links = pages.map((p) => `<li><a href="/playground/${p}">${p}</a></li>`).join('');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Svarsplikt – lekplats</title></head>
<body><main><h1>Svarsplikt – lekplats / playground</h1><ul>${links}<li><a href="/playground/outlook/taskpane.html">outlook/taskpane.html</a></li></ul></main></body></html>`;
}

/** The file under playground/ a URL path names, or undefined when it leaves the folder. */
function playgroundFile(urlPath: string): string | undefined {
  const file = resolve(repoRoot, `.${decodeURIComponent(urlPath)}`);
  return file.startsWith(playgroundRoot + sep) ? file : undefined;
}

/**
 * Serves repo-root playground/ at /playground/ although Vite's root is addin/: HTML pages go through
 * Vite's HTML transform, modules resolve to the real files. Also mounts the Graph stand-in.
 */
function playground(): Plugin {
  const standin = createGraphStandin({
    mailbox: DEMO_MESSAGES,
    owner: DEMO_OWNER,
    sharedMailboxes: [{ owner: DEMO_KONTAKTCENTER, messages: DEMO_KONTAKTCENTER_MESSAGES }],
  });
  return {
    name: 'svarsplikt-playground',
    enforce: 'pre',
    apply: 'serve',
    resolveId(id) {
      if (!id.startsWith('/playground/')) return null;
      return playgroundFile(id.split('?')[0] ?? id) ?? null;
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use(graphStandinMiddleware(standin, '/graph'));
      server.middlewares.use(
        (req: IncomingMessage, res: ServerResponse, next: (e?: unknown) => void) => {
          const path = (req.url ?? '/').split('?')[0] ?? '/';
          if (path === '/') {
            res.writeHead(302, { Location: '/playground/' });
            res.end();
            return;
          }
          const page =
            path === '/playground' || path === '/playground/' ? '/playground/index.html' : path;
          if (!page.startsWith('/playground/') || !page.endsWith('.html')) {
            next();
            return;
          }
          const file = playgroundFile(page);
          const exists = file !== undefined && existsSync(file);
          if (!exists && page !== '/playground/index.html') {
            next();
            return;
          }
          const raw = exists ? readFileSync(file, 'utf8') : playgroundIndex();
          server
            .transformIndexHtml(req.url ?? page, raw)
            .then((html) => {
              res.writeHead(200, {
                'Content-Type': 'text/html; charset=utf-8',
                'Cache-Control': 'no-cache',
              });
              res.end(html);
            })
            .catch(next);
        },
      );
    },
  };
}

/**
 * The pane pages' Content-Security-Policy as the dev server needs it: Vite injects an inline
 * React-refresh preamble and inline styles, and talks HMR over a WebSocket. Production keeps the
 * strict policy written in taskpane.html and auth-dialog.html.
 */
export function devContentSecurityPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '')
    .map((directive) => {
      const [name = ''] = directive.split(/\s+/);
      if (name === 'script-src') return `${directive} 'unsafe-inline'`;
      // A hash would make 'unsafe-inline' ignored: the dev policy drops them.
      if (name === 'style-src') return "style-src 'self' 'unsafe-inline'";
      if (name === 'connect-src') return `${directive} ws: wss:`;
      return directive;
    })
    .join('; ');
}

/**
 * Refuses to build or serve the pane with a config/org.json the CLI would refuse: the pane reads
 * that file as checked and does not ship the Public Suffix List itself.
 */
function orgConfigCheck(): Plugin {
  return {
    name: 'svarsplikt-org-config',
    buildStart() {
      try {
        loadOrganisation(resolve(addinRoot, 'public/config/org.json'));
      } catch (error) {
        this.error(`addin/public/config/org.json: ${(error as Error).message}`);
      }
    },
  };
}

/** Relaxes the pane pages' CSP on the dev server only (see devContentSecurityPolicy). */
function devCsp(): Plugin {
  return {
    name: 'svarsplikt-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/,
        (_m, before: string, policy: string, after: string) =>
          `${before}${devContentSecurityPolicy(policy)}${after}`,
      );
    },
  };
}

export default defineConfig(({ command }) => {
  const https = command === 'serve' ? ensureDevCert(resolve(repoRoot, '.certs')) : undefined;
  return {
    root: addinRoot,
    publicDir: resolve(addinRoot, 'public'),
    plugins: [react(), orgConfigCheck(), playground(), devCsp()],
    // The playground's pages live outside root: name them so their dependencies are optimised at
    // start-up, not discovered on the first visit (which reloads the page).
    optimizeDeps: { entries: ['taskpane.html', 'auth-dialog.html', '../playground/**/*.html'] },
    server: {
      port: 3000,
      strictPort: true,
      host: 'localhost',
      ...(https ? { https } : {}),
      fs: { allow: [repoRoot] },
    },
    preview: { port: 3000, strictPort: true, host: 'localhost', ...(https ? { https } : {}) },
    build: {
      outDir: resolve(repoRoot, 'dist'),
      // dist/ also holds the Gmail add-on's build: scripts/build-addin.mjs removes only our files.
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        // shared/ is pure (no module-level effects; lint and its "types": [] see to that): letting
        // Rolldown treat it so drops what the pane never calls and moves what only lazy views use
        // out of the first-paint chunk, instead of keeping every module the barrel re-exports.
        treeshake: { moduleSideEffects: (id: string) => !id.startsWith(sharedRoot) },
        input: {
          taskpane: resolve(addinRoot, 'taskpane.html'),
          'auth-dialog': resolve(addinRoot, 'auth-dialog.html'),
        },
      },
    },
  };
});
