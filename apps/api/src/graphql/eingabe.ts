import type { ApolloServerPlugin } from '@apollo/server';
import { type ArgumentNode, GraphQLError, Kind, type ObjectFieldNode, type ValueNode, visit } from 'graphql';
import type { GraphQLContext } from './context.js';

/**
 * The input boundary for every string a client sends, before the domain sees it: variables and
 * inline literals alike. Text is normalised to Unicode NFC; NUL and other control characters
 * (line breaks and tabs excepted) and lone surrogates are refused with BAD_USER_INPUT naming the
 * field. They used to reach PostgreSQL and come back as INTERNAL_SERVER_ERROR.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const STEUERZEICHEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const EINZELNES_SURROGAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string is refused, or null when it may pass. */
export function unzulaessig(text: string): string | null {
  if (EINZELNES_SURROGAT.test(text)) return 'ungültige Unicode-Zeichen';
  if (STEUERZEICHEN.test(text)) return 'Steuerzeichen';
  return null;
}

export function eingabeFehler(feld: string, grund: string): GraphQLError {
  return new GraphQLError(
    `Das Feld „${feld}“ enthält ${grund}. Bitte entfernen Sie diese Zeichen und versuchen Sie es erneut.`,
    { extensions: { code: 'BAD_USER_INPUT', field: feld, eingabe: true, http: { status: 400 } } },
  );
}

/** Checks and normalises a variable value in place; returns the normalised value. */
export function bereinigeWert(value: unknown, pfad: string): unknown {
  if (typeof value === 'string') {
    const grund = unzulaessig(value);
    if (grund) throw eingabeFehler(pfad, grund);
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((v, i) => bereinigeWert(v, `${pfad}.${i}`));
  if (value !== null && typeof value === 'object') {
    const objekt = value as Record<string, unknown>;
    for (const key of Object.keys(objekt)) objekt[key] = bereinigeWert(objekt[key], `${pfad}.${key}`);
    return objekt;
  }
  return value;
}

/** Inline string literals, named by the argument (and input fields) they stand in. */
function pruefeLiterale(document: Parameters<typeof visit>[0]) {
  const pfad: string[] = [];
  visit(document, {
    Argument: {
      enter: (node: ArgumentNode) => void pfad.push(node.name.value),
      leave: () => void pfad.pop(),
    },
    ObjectField: {
      enter: (node: ObjectFieldNode) => void pfad.push(node.name.value),
      leave: () => void pfad.pop(),
    },
    StringValue: (node: ValueNode) => {
      if (node.kind !== Kind.STRING) return;
      const grund = unzulaessig(node.value);
      if (grund) throw eingabeFehler(pfad.join('.') || 'Anfrage', grund);
    },
  });
}

export function eingabePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          pruefeLiterale(document);
          const variablen = request.variables;
          if (variablen)
            for (const key of Object.keys(variablen)) variablen[key] = bereinigeWert(variablen[key], key);
        },
      };
    },
  };
}
