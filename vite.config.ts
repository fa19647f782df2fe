import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

const port = Number(process.env.PORT ?? 5173);
const GRAPH_FILE = resolve(import.meta.dirname, 'data/graph.json');

/** Serves data/graph.json at /graph.json in dev, and copies it into dist/ at build time. */
function graphJson(): Plugin {
  return {
    name: 'graph-json',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/graph.json') return next();
        if (!existsSync(GRAPH_FILE)) {
          res.statusCode = 404;
          res.end('data/graph.json does not exist: run `npm run build:graph` first');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(GRAPH_FILE));
      });
    },
    generateBundle() {
      if (existsSync(GRAPH_FILE)) this.emitFile({ type: 'asset', fileName: 'graph.json', source: readFileSync(GRAPH_FILE) });
      else this.warn('data/graph.json does not exist: the build has no default graph (run `npm run build:graph`)');
    },
  };
}

export default defineConfig({
  plugins: [react(), graphJson()],
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60000,
  },
});
