/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import fs from 'node:fs';
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

export default defineConfig(({ mode }) => ({
  plugins: [react(), dropSandboxWorker(mode)],
  resolve: { alias },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    // The sandbox build goes elsewhere so it can never be deployed by mistake.
    outDir: mode === 'sandbox' ? 'dist-sandbox' : 'dist',
    sourcemap: mode === 'sandbox',
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
