import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  // The parser worker imports chunks of its own (Monaco's language workers too), so it must be a module worker.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco alone is several MB; it is split into its own chunk, so the warning would only be noise.
    chunkSizeWarningLimit: 6000,
  },
  test: {
    include: ['parser/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
  },
})
