// Fails when apps/api/schema.graphql or the web client's generated types (apps/web/src/gql) are
// not what the code generates now: regenerates both and asks git whether anything changed.
import { execSync } from 'node:child_process';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('pnpm --silent schema');
const changed = execSync('git status --porcelain -- apps/api/schema.graphql apps/web/src/gql', {
  encoding: 'utf8',
}).trim();
if (changed) {
  console.error('\nDas GraphQL-Schema oder die generierten Client-Typen sind nicht aktuell:');
  console.error(changed);
  console.error('Bitte `pnpm schema` ausführen und das Ergebnis committen.');
  process.exit(1);
}
console.log('GraphQL-Schema und Client-Typen sind aktuell.');
