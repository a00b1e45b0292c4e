import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { graphqlDokumente } from './vite-plugins/graphql-dokumente.ts';
import { modulChunks } from './vite-plugins/modul-chunks.ts';

const api = 'http://localhost:3000';
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    graphqlDokumente(fileURLToPath(new URL('./src/gql', import.meta.url))),
    modulChunks(root),
  ],
  resolve: {
    // rxjs (under Apollo) ships ES2015 classes under this condition instead of its ES5 build with
    // tslib helpers: about 2 KiB gzip less on every page with data.
    conditions: ['es2015', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
    },
  },
  build: {
    outDir: 'dist',
    // dist/.vite/manifest.json: which chunks a page needs (bench/src/bundle.bench.ts reads it).
    manifest: true,
    emptyOutDir: true,
    // Keep assets as files: the production CSP allows only 'self' for scripts and styles.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Every page is a lazy route (src/app/router.tsx) in a chunk of its own; the login page
        // needs react and router only, Apollo comes after it is shown (docs/architecture.md,
        // "The SPA's chunks and caching").
        codeSplitting: {
          groups: [
            // Vendor code changes rarely: separate files stay cached across app releases.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/, priority: 30 },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/,
              priority: 30,
            },
            // What the first page needs (router, layouts, the login forms, Vite's preload helper),
            // so that the shell below cannot take one of these modules along into its chunk and
            // with it into the first download. No `test`: every module of the entry's static graph
            // that no vendor group took.
            { name: 'einstieg', tags: ['$initial'], includeDependenciesRecursively: false, priority: 20 },
            // The app shell, Apollo's setup and what they import, in one file instead of a dozen
            // small ones: each file is a request, and on the embedded database the server answers
            // them between queries.
            {
              name: 'shell',
              test: /[\\/]src[\\/]app[\\/](AppShell|ApolloGrenze|apollo)\.tsx?$/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
