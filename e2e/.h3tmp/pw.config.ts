import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = '/work/main';
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join(root, '.tmp', `e2e-data-${port}`);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2625);
const mailHttpPort = Number(process.env.MAIL_HTTP_PORT ?? 2681);

/**
 * Drives the real app in Debian's Chromium (never `playwright install`). The app runs in
 * production mode, so the strict CSP and security headers are in force, over a fresh embedded
 * database with the demo data.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: path.join(root, '.tmp', 'playwright-report') }]],
  outputDir: path.join(root, '.tmp', `test-results-${port}`),
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // A real SMTP server whose inbox the tests read (e2e/support/mails.ts).
      command: 'node --import @swc-node/register/esm-register support/mail-sink.ts',
      cwd: '/work/main/e2e',
      url: `http://127.0.0.1:${mailHttpPort}/mails`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { SMTP_PORT: String(smtpPort), MAIL_HTTP_PORT: String(mailHttpPort) },
    },
    {
      command: `rm -rf "${dataDir}" && node --import @swc-node/register/esm-register src/main.ts`,
      // swc-node reads the tsconfig of the working directory.
      cwd: path.join(root, 'apps', 'api'),
      url: `http://localhost:${port}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        NODE_ENV: 'production',
        DEMO_DATA: '1',
        PORT: String(port),
        DATA_DIR: dataDir,
        APP_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
        PUBLIC_URL: `http://localhost:${port}`,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        OUTBOX_INTERVAL_MS: '500',
      },
    },
  ],
});
