import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs'

// The browser tests drive Debian's Chromium (scripts/ensure-chromium.mjs installs it).

// QL_PORT and QL_DIST let two test runs share a machine (each with its own build and port).
const PORT = Number(process.env.QL_PORT ?? 4317)
const DIST = process.env.QL_DIST ?? 'dist'
const ORIGIN = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Sized for a 2-core machine running two Chromiums next to the server.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `${ORIGIN}/news/timeline/`,
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${PORT} --dir ${DIST}`,
    url: `${ORIGIN}/news/timeline/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
