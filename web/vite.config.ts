/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    // The service worker precaches the app shell and the hashed assets, nothing else: API answers are never
    // cached by it (the offline workout keeps its own copy in IndexedDB, see src/lib/offline).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'FitFolio',
        short_name: 'FitFolio',
        description: 'Your self-hosted strength-training log.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        // One theme colour per manifest; index.html's media-qualified theme-color metas set light and dark.
        theme_color: '#f6f7f9',
        background_color: '#f6f7f9',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // A page opened with no signal gets the precached shell; the server's own paths never do.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/, /^\/openapi/, /^\/docs/],
        runtimeCaching: [],
        // Tapping the rest timer's notification focuses the app (public/sw-notification-click.js).
        importScripts: ['/sw-notification-click.js'],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
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
        // Code loaded after the first screen stays out of it: Workbox's window library, idb, and the charting library
        // (only the chart module loads it, on demand).
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](?!workbox-|idb[\\/]|chartist[\\/])/ }] },
      },
    },
  },
  server: {
    port: 5173,
    // Vitest reads the hand-computed cases the server's tests share (tests/fixtures/plates.json); nothing else outside web/.
    fs: { allow: ['.', '../tests/fixtures'] },
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
