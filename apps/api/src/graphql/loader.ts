import { anmeldungenEreignisse, type DomainDeps, type Viewer } from '@portal/domain';
import DataLoader from 'dataloader';
import { type GraphQLContext, viewerOf } from './context.js';

/**
 * Batched loads of relation fields, one set per request: a list of n rows asks the database once
 * per field, not n times. Each batch goes through a domain function that applies the same read
 * rule as loading one record.
 */
export class Loader {
  constructor(
    private readonly deps: DomainDeps,
    private readonly viewer: Viewer,
  ) {}

  /** The history of a Pruefungsanmeldung (empty for one the viewer may not read). */
  readonly anmeldungEreignisse = new DataLoader(async (ids: readonly string[]) => {
    const map = await anmeldungenEreignisse(this.deps, this.viewer, ids);
    return ids.map((id) => map.get(id) ?? []);
  });
}

const loaderJeAnfrage = new WeakMap<GraphQLContext, Loader>();

/** The request's loaders (created on first use). */
export function loaderOf(context: GraphQLContext): Loader {
  let loader = loaderJeAnfrage.get(context);
  if (!loader) {
    loader = new Loader(context.deps, viewerOf(context));
    loaderJeAnfrage.set(context, loader);
  }
  return loader;
}
