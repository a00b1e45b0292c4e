import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
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
  /**
   * Tokens of one document; the largest SPA document has 159. Validation of same-named fields is
   * quadratic: at 2,000 tokens 447 of them cost 224 ms of CPU and stalled /healthz (bench).
   */
  TOKENS: 1_000,
  ALIASES: 20,
  DEPTH: 12,
  DIRECTIVES: 20,
  /**
   * Estimated cost with a session / of the public fields of any request (login, public forms).
   * Measured about 0.015 ms of CPU per unit (bench/src/limits.bench.ts): 6,500 is about 100 ms;
   * the SPA's largest document (Benutzerverwaltung, 100 per page) costs 6,401.
   */
  KOSTEN: 6_500,
  KOSTEN_ANONYM: 200,
  /** Root fields that hash a password (argon2, ~25 ms each) per request. */
  PASSWORTPRUEFUNGEN: 1,
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
  'Query.kammerAnmeldungen': 3000,
  'Query.ihreAuszubildenden': 3000,
  'Query.benutzerverwaltung': 800,
  'Query.azubiVerwaltung': 800,
  'Query.berichtsheftWochen': 200,
  'Query.offeneGenehmigungen': 200,
};

/** Root fields that check or set a password with argon2: one of them per request. */
const PASSWORTFELDER = new Set([
  'Mutation.login',
  'Mutation.loginMitPin',
  'Mutation.passwortSetzen',
  'Mutation.passwortAendern',
  'Mutation.emailAendern',
]);

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

/** The operation to run and its root fields, through fragments (aliases count each). */
function wurzel(document: DocumentNode, operationName?: string) {
  const fragmente = new Map<string, SelectionSetNode>();
  for (const def of document.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragmente.set(def.name.value, def.selectionSet);
  const operation = document.definitions.find(
    (def): def is OperationDefinitionNode =>
      def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName),
  );
  const felder: FieldNode[] = [];
  const besucht = new Set<string>();
  const sammle = (auswahl: SelectionSetNode) => {
    for (const s of auswahl.selections) {
      if (s.kind === Kind.FIELD) felder.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) sammle(s.selectionSet);
      else if (!besucht.has(s.name.value)) {
        besucht.add(s.name.value);
        const fragment = fragmente.get(s.name.value);
        if (fragment) sammle(fragment);
      }
    }
  };
  if (operation) sammle(operation.selectionSet);
  return { operation, felder, typ: operation?.operation === 'mutation' ? 'Mutation' : 'Query' };
}

/**
 * The operation with only its public root fields (the only ones that run without a session; every
 * other answers UNAUTHENTICATED before doing any work), root fragments flattened so none can hide.
 */
function nurOeffentlich(schema: GraphQLSchema, document: DocumentNode, operationName?: string): DocumentNode {
  const { operation, felder, typ } = wurzel(document, operationName);
  if (!operation) return document;
  const wurzeltyp = typ === 'Mutation' ? schema.getMutationType() : schema.getQueryType();
  const oeffentlich = felder.filter((f) => wurzeltyp?.getFields()[f.name.value]?.extensions?.public === true);
  return {
    ...document,
    definitions: document.definitions.map((def) =>
      def === operation
        ? { ...operation, selectionSet: { ...operation.selectionSet, selections: oeffentlich } }
        : def,
    ),
  };
}

const zuAufwendig = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, {
    extensions: { code: 'ANFRAGE_ZU_AUFWENDIG', http: { status: 400 }, ...extensions },
  });

/** The estimated cost, or null when the variables do not fit their types (execution refuses those). */
function kostenOderNull(
  schema: GraphQLSchema,
  document: DocumentNode,
  variablen: Record<string, unknown>,
  name?: string,
): number | null {
  try {
    return kostenVon(schema, document, variablen, name);
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw zuAufwendig('Die Anfrage enthält zu viele Felder. Bitte fragen Sie weniger Daten auf einmal ab.');
    }
    // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT, naming the
    // field) before any resolver runs.
    return null;
  }
}

/**
 * Throws ANFRAGE_ZU_AUFWENDIG for an operation over a limit, before any resolver runs: more than
 * one password check; public root fields (the only ones that run without a session) over the
 * anonymous budget, with or without a session; with a session, the whole operation over its budget.
 */
export function pruefeKosten(
  schema: GraphQLSchema,
  anfrage: {
    document: DocumentNode;
    variablen?: Record<string, unknown>;
    name?: string;
    angemeldet: boolean;
  },
): void {
  const { document, name, angemeldet } = anfrage;
  const variablen = anfrage.variablen ?? {};
  const { felder, typ } = wurzel(document, name);
  const passwort = felder.filter((f) => PASSWORTFELDER.has(`${typ}.${f.name.value}`)).length;
  if (passwort > LIMITS.PASSWORTPRUEFUNGEN) {
    throw zuAufwendig(
      `Die Anfrage enthält ${passwort} Anmeldungen oder Passwortänderungen; erlaubt ist ${LIMITS.PASSWORTPRUEFUNGEN}.`,
    );
  }
  const oeffentlich = kostenOderNull(schema, nurOeffentlich(schema, document, name), variablen, name);
  if (oeffentlich !== null && oeffentlich > LIMITS.KOSTEN_ANONYM) {
    throw zuAufwendig(
      `Die Anfrage ist ohne Anmeldung zu aufwendig (geschätzter Aufwand ${oeffentlich}, höchstens ${LIMITS.KOSTEN_ANONYM}).`,
      { kosten: oeffentlich, budget: LIMITS.KOSTEN_ANONYM },
    );
  }
  if (!angemeldet) return;
  const gesamt = kostenOderNull(schema, document, variablen, name);
  if (gesamt !== null && gesamt > LIMITS.KOSTEN) {
    throw zuAufwendig(
      `Die Anfrage ist zu aufwendig (geschätzter Aufwand ${gesamt}, höchstens ${LIMITS.KOSTEN}). Bitte fragen Sie weniger Daten auf einmal ab.`,
      { kosten: gesamt, budget: LIMITS.KOSTEN },
    );
  }
}

/** Holds every operation to pruefeKosten before any resolver runs. */
export function kostenPlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          pruefeKosten(schema, {
            document,
            variablen: request.variables ?? {},
            name: request.operationName ?? undefined,
            angemeldet: contextValue.viewer !== null,
          });
        },
      };
    },
  };
}
