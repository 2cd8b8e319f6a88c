import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * The built page's Content-Security-Policy: everything from our own origin, nothing fetched or
 * posted elsewhere, no inline script. Monaco injects its own <style> elements, hence inline styles.
 * Workers are module files of the build; `blob:` is kept for Monaco's fallback worker loader.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** Build only: Vite's dev server injects an inline script (React refresh) the policy would refuse. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
