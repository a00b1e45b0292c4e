import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One graphql module instance for type-graphql and Apollo ("another module or realm" otherwise).
const graphql = require.resolve('graphql/index.js', {
  paths: [new URL('./apps/api', import.meta.url).pathname],
});

const shared = {
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
    }),
  ],
  resolve: { alias: { graphql } },
};
const integrationFiles = ['packages/*/test/**/*.int.test.ts', 'apps/*/test/**/*.int.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts'] },
      },
      {
        ...shared,
        test: {
          name: 'integration-pglite',
          include: integrationFiles,
          env: { TEST_DB: 'pglite', PORTAL_QUIET: '1' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'integration-postgres',
          include: integrationFiles,
          env: { TEST_DB: 'postgres', PORTAL_QUIET: '1' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
