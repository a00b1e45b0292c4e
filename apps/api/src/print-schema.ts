// Writes the schema the resolvers define to apps/api/schema.graphql; the web client's types are
// generated from that file, and CI fails when either is out of date (scripts/check-generated.mjs).
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './graphql/schema.js';

const schema = await createSchema();
const target = new URL('../schema.graphql', import.meta.url);
writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`Schema geschrieben: ${target.pathname}`);
