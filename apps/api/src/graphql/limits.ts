import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  isNonNullType,
  Kind,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { GraphQLContext } from './context.js';

/**
 * What one request may cost (issue: one anonymous request with 20,000 aliases stalled the server).
 * Parsing stops at `TOKENS`; validation refuses too many aliases, too deep a selection or too many
 * directives; after that, a cost estimate with weights for list fields is held against a budget
 * that is lower for requests without a session. The SPA's own documents stay far below every
 * limit (limits.test.ts checks each of them).
 */
export const LIMITS = {
  /** Tokens of one document; the largest SPA document has a few hundred. */
  TOKENS: 5_000,
  ALIASES: 20,
  DEPTH: 12,
  DIRECTIVES: 20,
  /** Estimated cost with a session / without one (login, public forms). */
  KOSTEN: 10_000,
  KOSTEN_ANONYM: 200,
} as const;

/** Expected lengths of lists: a page as asked (`first`), top-level lists, lists nested in items. */
const SEITE_OHNE_FIRST = 20;
const LISTE_OBEN = 20;
const LISTE_INNEN = 5;
/**
 * Root fields that do more than their shape shows (whole overviews, exports): their weight is
 * about their measured time in units of a plain field (betriebPruefungen: 241 ms at 500
 * registrations), so that a request cannot repeat them under aliases.
 */
const GEWICHT: Record<string, number> = {
  'Query.anmeldungenCsv': 3000,
  'Query.betriebPruefungen': 3000,
  'Query.kammerAnmeldungen': 2000,
  'Query.ihreAuszubildenden': 1000,
  'Query.berichtsheftWochen': 200,
  'Query.offeneGenehmigungen': 200,
};

/**
 * Each field costs 1 (plus its weight). A page (`first`) multiplies its items' cost by its size,
 * and the lists inside it (`nodes`) count once; any other list multiplies by its expected length.
 */
function listenSchaetzer(args: ComplexityEstimatorArgs): number | undefined {
  const gewicht = GEWICHT[`${args.type.name}.${args.field.name}`] ?? 0;
  if ('first' in args.args || args.field.args.some((a) => a.name === 'first')) {
    const first =
      typeof args.args.first === 'number' && args.args.first > 0 ? args.args.first : SEITE_OHNE_FIRST;
    return 1 + gewicht + args.childComplexity * first;
  }
  let type = args.field.type;
  if (isNonNullType(type)) type = type.ofType;
  if (!isListType(type)) return undefined;
  if (args.type.name.endsWith('Connection')) return 1 + args.childComplexity;
  const laenge = args.type.name === 'Query' || args.type.name === 'Mutation' ? LISTE_OBEN : LISTE_INNEN;
  return 1 + gewicht + args.childComplexity * laenge;
}

function gewichtSchaetzer(args: ComplexityEstimatorArgs): number | undefined {
  const gewicht = GEWICHT[`${args.type.name}.${args.field.name}`];
  return gewicht === undefined ? undefined : 1 + gewicht + args.childComplexity;
}

/** The estimated cost of an operation, as the plugin computes it. */
export function kostenVon(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [listenSchaetzer, gewichtSchaetzer, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** graphql-armor reports through a callback; the message is ours (German, naming the limit). */
const meldung = (text: string) => ({
  exposeLimits: false,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(new GraphQLError(text))],
});

/** The validation rules (graphql-armor), with German messages that name the limit. */
export const limitRules: ValidationRule[] = [
  maxAliasesRule({
    n: LIMITS.ALIASES,
    ...meldung(`Die Anfrage enthält zu viele Aliasse (höchstens ${LIMITS.ALIASES}).`),
  }),
  maxDepthRule({
    n: LIMITS.DEPTH,
    ...meldung(`Die Anfrage ist zu tief verschachtelt (höchstens ${LIMITS.DEPTH} Ebenen).`),
  }),
  maxDirectivesRule({
    n: LIMITS.DIRECTIVES,
    ...meldung(`Die Anfrage enthält zu viele Direktiven (höchstens ${LIMITS.DIRECTIVES}).`),
  }),
] as unknown as ValidationRule[];

/**
 * Without a session only public root fields run (every other one answers UNAUTHENTICATED before
 * doing any work), so the anonymous budget is held against them alone.
 */
function nurOeffentlich(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const oeffentlich = (typ: 'query' | 'mutation' | 'subscription', feld: string) =>
    (typ === 'mutation' ? schema.getMutationType() : schema.getQueryType())?.getFields()[feld]?.extensions
      ?.public === true;
  return {
    ...document,
    definitions: document.definitions.map((def) =>
      def.kind !== Kind.OPERATION_DEFINITION
        ? def
        : {
            ...def,
            selectionSet: {
              ...def.selectionSet,
              selections: def.selectionSet.selections.filter(
                (s) => s.kind !== Kind.FIELD || oeffentlich(def.operation, s.name.value),
              ),
            },
          },
    ),
  };
}

/** Refuses an operation whose estimated cost exceeds the budget, before any resolver runs. */
export function kostenPlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const angemeldet = contextValue.viewer !== null;
          const budget = angemeldet ? LIMITS.KOSTEN : LIMITS.KOSTEN_ANONYM;
          let kosten: number;
          try {
            kosten = kostenVon(
              schema,
              angemeldet ? document : nurOeffentlich(schema, document),
              request.variables ?? {},
              request.operationName ?? undefined,
            );
          } catch {
            // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT) before any resolver runs.
            return;
          }
          if (kosten > budget) {
            throw new GraphQLError(
              angemeldet
                ? `Die Anfrage ist zu aufwendig (geschätzter Aufwand ${kosten}, höchstens ${budget}). Bitte fragen Sie weniger Daten auf einmal ab.`
                : `Die Anfrage ist ohne Anmeldung zu aufwendig (geschätzter Aufwand ${kosten}, höchstens ${budget}).`,
              { extensions: { code: 'ANFRAGE_ZU_AUFWENDIG', http: { status: 400 }, kosten, budget } },
            );
          }
        },
      };
    },
  };
}
