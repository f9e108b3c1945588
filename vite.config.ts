import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig } from 'vite';

/** The Fastify server (`npm run dev`) listens here; `npx vite` (and `vite preview`) proxy to it. */
const API_TARGET = 'http://localhost:3000';
const proxy = {
  '/api': API_TARGET,
  '/healthz': API_TARGET,
  '/readyz': API_TARGET,
  '/fhir': API_TARGET,
};

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  css: {
    postcss: { plugins: [postcssPresetMantine()] },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Every asset stays a same-origin file: the server's CSP allows `data:` only for images.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Every page needs these; one chunk compresses better than the many small ones automatic splitting
          // makes of them (the public first-load budget, e2e/public-bundle-size.e2e.test.ts).
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|use-sync-external-store)[\\/]/,
            },
            // Everything else main.tsx loads before any page (Mantine's core and provider, the router table,
            // i18n, the page loader...) in one chunk too: every page loads all of it anyway, and left to
            // automatic splitting it came as a dozen small chunks (split by which lazy areas also use them)
            // that compressed about 4 KB worse in all.
            { name: 'shell', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
