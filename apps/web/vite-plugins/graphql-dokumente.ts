import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Production builds: each `graphql(`…`)` call becomes the document itself, inlined where it is
 * declared. graphql-codegen's client preset resolves documents at run time through
 * src/gql/gql.ts, a map of all the app's documents (about 200 KB); and its babel optimizer
 * imports them from src/gql/graphql.ts, one module, which the bundler keeps in one shared chunk
 * with every document in use. Inlined, a page's chunk carries its own documents only. The lookup
 * goes through the generated map itself, so the result is the object graphql() would have
 * returned at run time.
 */
export function graphqlDokumente(gqlDir: string): Plugin {
  let dokumente = new Map<string, string>();
  return {
    name: 'portal:graphql-dokumente',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      dokumente = leseDokumente(gqlDir);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const ersetzt = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (aufruf, quelle: string) => {
        const dokument = quelle.includes('\\') || quelle.includes('${') ? undefined : dokumente.get(quelle);
        if (!dokument) {
          this.error(
            `${path.relative(process.cwd(), id)}: graphql()-Dokument fehlt in src/gql/gql.ts (erst \`pnpm schema\` ausführen).`,
          );
        }
        // JSON.parse of a string literal parses faster than an object literal of the same size.
        // As many lines as the call had, so the source map stays valid.
        return `JSON.parse(${JSON.stringify(dokument)})${'\n'.repeat(aufruf.split('\n').length - 1)}`;
      });
      return { code: ersetzt, map: null };
    },
  };
}

/**
 * Source text of each document -> its AST as JSON: the map `"<source>": types.XDocument` in
 * src/gql/gql.ts and the lines `export const XDocument = {…} as unknown as DocumentNode<…>;` in
 * src/gql/graphql.ts.
 */
function leseDokumente(gqlDir: string): Map<string, string> {
  const asts = new Map<string, string>();
  const graphqlTs = readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8');
  for (const [, name, json] of graphqlTs.matchAll(
    /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
  )) {
    asts.set(name, JSON.stringify(JSON.parse(json)));
  }
  const dokumente = new Map<string, string>();
  const gqlTs = readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8');
  for (const [, quelle, name] of gqlTs.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    const ast = asts.get(name);
    if (!ast) throw new Error(`src/gql/graphql.ts: ${name} fehlt (Format von graphql-codegen geändert?)`);
    dokumente.set(JSON.parse(quelle) as string, ast);
  }
  if (dokumente.size === 0) {
    throw new Error(`${gqlDir}/gql.ts: keine Dokumente gefunden (Format von graphql-codegen geändert?)`);
  }
  return dokumente;
}
