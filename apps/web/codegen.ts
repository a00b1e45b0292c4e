import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the SPA: `pnpm --filter @portal/web codegen` after every schema or document change. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', Datum: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
