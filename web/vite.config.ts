/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    // The ASP.NET host serves the SPA from its wwwroot at the same origin (no CORS).
    outDir: '../src/FitFolio.Api/wwwroot',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Every supported browser has modulepreload; the polyfill is not needed.
    modulePreload: { polyfill: false },
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk stays cached across deploys.
        // The charting library stays out of it: only the chart module loads it, on demand.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](?!chartist[\\/])/ }] },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/healthz': { target: backend, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
  },
});
