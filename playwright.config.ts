import { existsSync } from 'node:fs'
import { chromium, defineConfig, type LaunchOptions } from '@playwright/test'

// Debian's chromium is what CI installs; Playwright's own download is only a fallback for machines that have it.
function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return fromEnv
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  const bundled = chromium.executablePath()
  if (bundled && existsSync(bundled)) return bundled
  throw new Error(
    'No Chromium found: install it with `apt-get install chromium` (Debian) or set CHROMIUM_PATH.',
  )
}

/** How every browser of the project starts, stories and browser benchmark alike. */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  }
}

// Overridable so that several checkouts or builds can run their stories side by side.
const port = Number(process.env.E2E_PORT ?? 4173)
const dist = process.env.E2E_DIST ?? 'dist'

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_ARTIFACTS ?? 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    // Vite locks one preview per project; parallel runs already differ by port and build folder.
    command: `npx vite preview --strictPort --port ${port} --outDir ${dist} --bypass-lock`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
