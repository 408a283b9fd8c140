import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react-swc';

// Strapi serves the built console at /console/ on its own origin (cms/src/console), so the API
// is same-origin under /api/console. `npm run dev -w @rsa/console` proxies /api to a local
// Strapi to keep the same-origin assumption in development.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  // @rsa/vocabulary is bundled from its TypeScript sources, like the console's own: its dist/ is
  // CommonJS for the plugins, and the console must not wait for the plugins' build.
  resolve: {
    alias: { '@rsa/vocabulary': fileURLToPath(new URL('../packages/vocabulary/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // react-admin + MUI make one large vendor chunk; splitting it buys nothing on an intranet.
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: { '/api': process.env.RSA_API_ORIGIN ?? 'http://localhost:1337' },
  },
});
