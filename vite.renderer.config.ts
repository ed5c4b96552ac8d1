// Builds the renderer for browser mode (out/web). The desktop build of the same renderer comes
// from electron.vite.config.ts; both use src/renderer unchanged.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../out/web',
    emptyOutDir: true,
    sourcemap: true,
  },
});
