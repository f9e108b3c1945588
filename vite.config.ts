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
  },
  server: { proxy },
  preview: { proxy },
});
