/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import type { Plugin } from 'vite';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
};

/** The MSW worker lives in public/ for dev; only sandbox builds may ship it. */
function dropSandboxWorker(mode: string): Plugin {
  return {
    name: 'drop-sandbox-worker',
    apply: 'build',
    writeBundle(options) {
      if (mode === 'sandbox' || !options.dir) return;
      fs.rmSync(path.join(options.dir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * Scripts and styles are also written brotli-compressed (`.br` beside each file, at the highest
 * quality, ~15% smaller than gzip), as a production host or CDN serves them; the preview server
 * sends them to browsers that accept `br`. Deploy them the same way (e.g. nginx `brotli_static`).
 */
function brotliAssets(): Plugin {
  const compressible = /\.(js|css|svg|json)$/;
  return {
    name: 'brotli-assets',
    apply: (_config, { command, isPreview }) => command === 'build' || !!isPreview,
    writeBundle(options, bundle) {
      if (!options.dir) return;
      for (const file of Object.keys(bundle)) {
        if (!compressible.test(file)) continue;
        const full = path.join(options.dir, file);
        const br = zlib.brotliCompressSync(fs.readFileSync(full), {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
        });
        fs.writeFileSync(`${full}.br`, br);
      }
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        const accepts = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
        const file = path.join(outDir, path.normalize(url).replace(/^([/\\])+/, ''));
        const served =
          accepts &&
          url.startsWith('/assets/') &&
          compressible.test(url) &&
          file.startsWith(outDir + path.sep) &&
          fs.existsSync(`${file}.br`);
        if (!served) {
          next();
          return;
        }
        const type = { js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml' }[
          url.slice(url.lastIndexOf('.') + 1)
        ];
        res.setHeader('Content-Type', `${type ?? 'application/json'}; charset=utf-8`);
        res.setHeader('Content-Encoding', 'br');
        res.setHeader('Vary', 'Accept-Encoding');
        // File names carry a content hash: a file never changes under its name.
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.end(fs.readFileSync(`${file}.br`));
      });
    },
  };
}

/**
 * An address with a malformed percent-escape (`/incidents/%`) still opens the portal, which says
 * what is not found, as for any unknown address: Vite's servers answered a bare 404 of their own.
 * It is sent on to the same address with the stray `%` escaped (`/incidents/%25`). (A deployment's
 * SPA fallback should do the same; see the README.)
 */
function decodes(url: string): boolean {
  try {
    return typeof decodeURI(url) === 'string';
  } catch {
    return false;
  }
}

function malformedAddressFallback(): Plugin {
  const middleware = (
    req: { url?: string },
    res: { statusCode: number; setHeader: (k: string, v: string) => void; end: () => void },
    next: () => void,
  ) => {
    const url = req.url ?? '/';
    const escaped = url.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
    // Only a stray `%` is mended; an escape of bytes that are not UTF-8 is left to the 404.
    if (decodes(url) || !decodes(escaped)) {
      next();
      return;
    }
    res.statusCode = 302;
    res.setHeader('Location', escaped);
    res.end();
  };
  return {
    name: 'malformed-address-fallback',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

/**
 * What every page runs before its first screen but only finds out about once the entry has run
 * (the UI kit and theme, the portal's shared modules, the app shell) is announced in index.html as
 * `modulepreload`: it downloads beside the libraries instead of a round trip after them.
 */
function preloadFirstScreen(names: readonly string[]): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) =>
          c.type === 'chunk' && names.includes(c.name) ? [c] : [],
        );
        // In the order given: the largest first, as HTTP/1.1 serves six at a time.
        const files = chunks
          .sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name))
          .map((c) => c.fileName);
        const links = files.map((f) => ({
          tag: 'link',
          // Marked, so the bundle budget (.size-limit.cjs) holds them apart from the entry's own.
          attrs: {
            rel: 'modulepreload',
            crossorigin: true,
            href: `/${f}`,
            'data-first-screen': true,
          },
          injectTo: 'head' as const,
        }));
        return { html, tags: links };
      },
    },
  };
}

/**
 * The first script (src/first-script.ts) is an entry of its own, without the libraries: index.html
 * runs it first, so it works while the rest downloads. (main.tsx imports it too: in development,
 * where there is no such tag, it runs as the entry's first import.)
 */
function firstScript(): Plugin {
  const name = 'first-script';
  return {
    name,
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          input: {
            index: fileURLToPath(new URL('./index.html', import.meta.url)),
            [name]: fileURLToPath(new URL('./src/first-script.ts', import.meta.url)),
          },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === name,
        );
        if (!chunk) throw new Error(`the build has no ${name} entry`);
        const attrs = { type: 'module', crossorigin: true, src: `/${chunk.fileName}` };
        return { html, tags: [{ tag: 'script', attrs, injectTo: 'head-prepend' as const }] };
      },
    },
  };
}

/**
 * The Content-Security-Policy of the built portal: no inline script, API calls only to the
 * configured origins. Emotion (MUI) writes style elements, hence 'unsafe-inline' for styles only.
 */
export function contentSecurityPolicy(env: Record<string, string>): string {
  const origins = new Set<string>(["'self'"]);
  for (const key of [
    'VITE_API_BASE_URL',
    'VITE_CASES_BASE_URL',
    'VITE_TROUBLE_TICKETS_BASE_URL',
    'VITE_SERVICE_ORDERS_BASE_URL',
  ]) {
    const value = env[key];
    if (value && /^https?:\/\//.test(value)) origins.add(new URL(value).origin);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${[...origins].join(' ')}`,
    // Attachment previews (PDF) are blob: URLs; the sandbox's service worker is same-origin.
    "frame-src 'self' blob:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Captures the start-up stage module src/app/boot/<name>.ts (see loadProvider in src/main.tsx). */
const bootStage = (name: string) => (id: string) =>
  /[\\/]src[\\/]app[\\/]boot[\\/]/.test(id) && path.basename(id, '.ts') === name;
const matches = (pattern: RegExp, stage: string) => (id: string) =>
  pattern.test(id) || bootStage(stage)(id);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    malformedAddressFallback(),
    dropSandboxWorker(mode),
    brotliAssets(),
    firstScript(),
    preloadFirstScreen([
      'ui-kit',
      'ui-engine',
      'app-common',
      'route-data',
      'provider',
      'app-shell',
    ]),
  ],
  resolve: { alias },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // `PREVIEW_API_PROXY=http://127.0.0.1:4010 npm run preview`: the APIs on the portal's own origin
    // (the default base URLs), as a reverse proxy in front of a deployment would serve them.
    proxy: process.env.PREVIEW_API_PROXY
      ? {
          '/service-tickets': process.env.PREVIEW_API_PROXY,
          '/case-management': process.env.PREVIEW_API_PROXY,
          '/troubleTicket': process.env.PREVIEW_API_PROXY,
          '/tenants': process.env.PREVIEW_API_PROXY,
        }
      : undefined,
    headers: {
      'Content-Security-Policy': contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_')),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
    },
  },
  build: {
    // The sandbox build goes elsewhere so it can never be deployed by mistake.
    outDir: mode === 'sandbox' ? 'dist-sandbox' : 'dist',
    sourcemap: mode === 'sandbox',
    // Sizes are held by the gzip budget in .size-limit.cjs (part of `npm test`), not this warning
    // about raw size (the libraries' chunk is ~390 kB raw, 122 kB gzip).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The first script (src/first-script.ts) and what it imports, none of the libraries:
            // a file of its own that runs while the rest downloads. Its modules are also the
            // entry's, so without this group they would go with the entry, which needs the
            // libraries first. (scripts/check-build.mjs checks that it imports nothing.)
            {
              name: 'first-script',
              test: /[\\/]src[\\/](first-script|app[\\/](languages|sign-in-as)|api[\\/]session|config[\\/]demo-users|lib[\\/]formatters)\.ts$/,
              priority: 6,
            },
            // What every page runs before anything shows, in two files instead of seven: the
            // libraries (a file that keeps its name across releases of the portal's own code) and
            // the portal's start-up code.
            { name: 'vendor', tags: ['$initial'], test: /node_modules/, priority: 5 },
            { name: 'core', tags: ['$initial'], priority: 4 },
            // The styling engine every page needs first (Emotion, MUI's system and theme): it keeps
            // its file name when a page starts using another component.
            {
              name: 'ui-engine',
              test: matches(
                /node_modules[\\/](@emotion|stylis|@mui[\\/](system|styled-engine|private-theming|utils|material[\\/]styles)[\\/])/,
                'styling',
              ),
              priority: 3,
            },
            // The UI kit's components the pages share, in one file instead of dozens of tiny ones:
            // each page then waits for a few requests, not for forty (measured with `npm run
            // bench:load`; splitting it by page loaded more bytes, not fewer). Named in the bundle
            // budget, .size-limit.cjs, which gives it its own limit.
            // Components only some pages use, and heavy, stay with those pages: the pick list with
            // search (Autocomplete, with its positioning engine) and Tooltip (with Popper.js). The
            // lists' pager is the portal's own (list-pager.tsx), not MUI's TablePagination, whose
            // buttons' tooltips a list's first screen waited for.
            {
              name: 'ui-kit',
              test: matches(
                /node_modules[\\/](?!@mui[\\/]material[\\/](Autocomplete|useAutocomplete|Popper|Tooltip)[\\/])(@mui|@emotion|@babel|react-transition-group|clsx|prop-types|react-is)/,
                'ui-kit',
              ),
              priority: 2,
            },
            // The route loaders and what they read off the address (a list's filters), preloaded
            // with the first screen: a page's data is asked for as soon as the router starts, while
            // the page's own code downloads, instead of a round trip later, once a loader's chunk
            // has come (Lighthouse, simulated: the list's request left after its chunks, ~1 RTT).
            {
              name: 'route-data',
              test: /[\\/]src[\\/](app[\\/]routes[\\/](ticket-loader|case-loader|home-queries)|features[\\/]tickets[\\/](list-state|case-number))\.ts$/,
              priority: 2,
            },
            // The portal's small modules that several pages share (formatters, labels, paths, page
            // parts, the API clients they call), in one file instead of some thirty tiny ones: on
            // HTTP/1.1 each request waits for one of six connections, so a first visit made five
            // rounds of requests (Lighthouse, simulated: list page 79 → 86, LCP 3.7 → 3.4 s). With
            // TanStack Query's hooks and modules up to 4 kB (the list state, the cases' records), a
            // list page's own code is three requests, not seven (home 91 → 95, list 90 → 94).
            {
              name: 'app-common',
              test: /[\\/]src[\\/]|node_modules[\\/]@tanstack[\\/](react-query|query-core)[\\/]/,
              minShareCount: 2,
              maxModuleSize: 4000,
              priority: 1,
            },
            // The ticket forms' parts (the form library, drafts, contact card, attachment picker,
            // the create flow and both create forms), in one file: the detail pages (comments) and
            // the create and edit pages each need most of them, and a create page made ten
            // requests, two rounds on HTTP/1.1's six connections.
            {
              name: 'ticket-forms',
              test: /node_modules[\\/](react-hook-form|@hookform)[\\/]|[\\/]src[\\/](features[\\/]tickets[\\/](drafts|create-flow|create-parts|contact-card)|components[\\/]attachment-picker|features[\\/]incidents[\\/]incident-form|features[\\/]orders[\\/]order-form)\./,
              priority: 0,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['mocks/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          // Typing into MUI forms in jsdom is slow on a two-core machine.
          testTimeout: 30_000,
          setupFiles: ['./src/testing/setup-dom.ts'],
        },
      },
    ],
  },
}));
