import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console builds with esbuild's JSX transform alone (no React plugin: nothing here needs
// Fast Refresh, and the plugin's releases follow newer Node.js than psvis supports).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      // Ant Design marks its modules "use client" for React Server Components; a browser bundle ignores it.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Vendor code changes less often than the console: separate files cache longer.
        manualChunks: (id) =>
          id.includes('node_modules/antd') ||
          id.includes('node_modules/@ant-design') ||
          id.includes('node_modules/@rc-component')
            ? 'antd'
            : id.includes('node_modules/hls.js')
              ? 'hls'
              : id.includes('node_modules')
                ? 'vendor'
                : undefined,
      },
    },
  },
  server: { proxy: { '/api': { target: 'http://127.0.0.1:8080', ws: true } } },
});
