import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server listens on PORT (default 3000); in development Vite proxies the API to it.
const apiTarget = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // No inline scripts or styles: the server sends a strict Content-Security-Policy.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
    },
  },
});
