import type { ApolloServerPlugin } from '@apollo/server';
import { TEXTLAENGE } from '@portal/domain';
import { isUUID } from 'class-validator';
import {
  type ArgumentNode,
  type DocumentNode,
  type GraphQLArgument,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { GraphQLContext } from './context.js';
import { FELDER, TEXTART_NAME } from './felder.js';

/**
 * The input boundary for every value a client sends, before the domain sees it: variables and
 * inline literals alike, walked along the schema's types so each string is known by its schema
 * coordinate (graphql/felder.ts). A string is normalised to Unicode NFC and refused with
 * BAD_USER_INPUT naming the field when it holds NUL, other control characters (line breaks and
 * tabs excepted) or lone surrogates, when it is longer than its kind allows, or, for an ID, when
 * it is no UUID. Such values used to reach PostgreSQL and come back as INTERNAL_SERVER_ERROR, or
 * were stored and copied into mails.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const STEUERZEICHEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const EINZELNES_SURROGAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Overrides and isolates of the writing direction: no name or text needs them, and they make a
 * name read differently in mails and lists ("Trojan Source"). The marks U+200E/U+200F stay allowed.
 */
const SCHREIBRICHTUNG = /[\u202A-\u202E\u2066-\u2069]/;
/** Characters no e-mail address holds unquoted (quoted local parts are not accepted anyway). */
const KEINE_ADRESSE = /[<>"(),;\\\s]/;
/** For a coordinate missing from the table (the unit test keeps that from happening). */
const STANDARD_LAENGE = TEXTLAENGE.KURZTEXT;

/** Why a string is refused, or null when it may pass. */
export function unzulaessig(text: string): string | null {
  if (EINZELNES_SURROGAT.test(text)) return 'ungültige Unicode-Zeichen';
  if (STEUERZEICHEN.test(text)) return 'Steuerzeichen';
  if (SCHREIBRICHTUNG.test(text)) return 'Steuerzeichen für die Schreibrichtung';
  return null;
}

export function eingabeFehler(feld: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field: feld, eingabe: true, http: { status: 400 } },
  });
}

const zeichenFehler = (feld: string, grund: string) =>
  eingabeFehler(
    feld,
    `Das Feld „${feld}“ enthält ${grund}. Bitte entfernen Sie diese Zeichen und versuchen Sie es erneut.`,
  );

/** Checks one string at a schema coordinate; returns it in NFC. */
export function pruefeText(text: string, skalar: string, koordinate: string, feld: string): string {
  const grund = unzulaessig(text);
  if (grund) throw zeichenFehler(feld, grund);
  const art = FELDER[koordinate];
  if (skalar === 'ID' && !art) {
    if (!isUUID(text)) throw eingabeFehler(feld, `Die Kennung in „${feld}“ ist ungültig.`);
    return text;
  }
  // Checked here, not only by the domain's address rule: a draft keeps a half-typed address.
  if (art === 'EMAIL' && KEINE_ADRESSE.test(text.trim())) {
    throw eingabeFehler(
      feld,
      `Die E-Mail-Adresse in „${feld}“ enthält Zeichen, die in keiner E-Mail-Adresse vorkommen (z. B. < > " oder Leerzeichen).`,
    );
  }
  const max = art ? TEXTLAENGE[art] : STANDARD_LAENGE;
  // Counted in code points, as a person counts characters (an emoji is one).
  if (text.length > max && [...text].length > max) {
    const was = art ? TEXTART_NAME[art] : 'Der Text';
    throw eingabeFehler(feld, `${was} in „${feld}“ ist zu lang (höchstens ${max} Zeichen).`);
  }
  return text.normalize('NFC');
}

/** Checks a value (a variable's, or part of one) against its input type; returns it normalised. */
export function pruefeWert(value: unknown, typ: GraphQLInputType, koordinate: string, feld: string): unknown {
  if (value === null || value === undefined) return value;
  const art = getNullableType(typ);
  if (isListType(art)) {
    const element = art.ofType as GraphQLInputType;
    if (!Array.isArray(value)) return pruefeWert(value, element, koordinate, feld);
    return value.map((v, i) => pruefeWert(v, element, koordinate, `${feld}.${i}`));
  }
  if (isInputObjectType(art)) {
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const objekt = value as Record<string, unknown>;
    const felder = art.getFields();
    for (const key of Object.keys(objekt)) {
      const f = felder[key];
      // Unknown fields are refused by graphql-js when it coerces the variables.
      if (f) objekt[key] = pruefeWert(objekt[key], f.type, `${art.name}.${key}`, pfad(feld, key));
    }
    return objekt;
  }
  if (isScalarType(art) && typeof value === 'string') return pruefeText(value, art.name, koordinate, feld);
  return value;
}

/**
 * The field name a message and `extensions.field` use: relative to an argument called `input`
 * (as the domain's ValidationErrors and the forms name them, "tage.1.stunden"), otherwise
 * starting with the argument's name ("termine.0.datum", "begruendung").
 */
const pfad = (vor: string, key: string) => (vor === '' ? key : `${vor}.${key}`);
const wurzel = (argument: GraphQLArgument) =>
  argument.name === 'input' && isInputObjectType(getNullableType(argument.type)) ? '' : argument.name;

/** An inline literal: strings are checked (not rewritten), variables inside it like variables. */
function pruefeLiteral(
  node: ValueNode,
  typ: GraphQLInputType,
  koordinate: string,
  feld: string,
  variablen: Record<string, unknown>,
) {
  const art = getNullableType(typ);
  switch (node.kind) {
    case Kind.VARIABLE:
      variablen[node.name.value] = pruefeWert(variablen[node.name.value], typ, koordinate, feld);
      return;
    case Kind.LIST:
      if (isListType(art))
        node.values.forEach((v, i) => {
          pruefeLiteral(v, art.ofType as GraphQLInputType, koordinate, `${feld}.${i}`, variablen);
        });
      return;
    case Kind.OBJECT:
      if (isInputObjectType(art)) {
        const felder = art.getFields();
        for (const f of node.fields) {
          const def = felder[f.name.value];
          if (def)
            pruefeLiteral(f.value, def.type, `${art.name}.${def.name}`, pfad(feld, def.name), variablen);
        }
      }
      return;
    case Kind.STRING: {
      const skalar = isListType(art) ? getNullableType(art.ofType) : art;
      if (isScalarType(skalar)) pruefeText(node.value, skalar.name, koordinate, feld || 'Anfrage');
      return;
    }
    default:
      return;
  }
}

/** Walks every argument of the operation along the schema. */
export function pruefeAnfrage(
  schema: GraphQLSchema,
  document: DocumentNode,
  variablen: Record<string, unknown>,
) {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        const argument = typeInfo.getArgument();
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        // Unknown arguments are refused by validation before this runs.
        if (!argument || !parent || !field) return;
        const koordinate = `${parent.name}.${field.name}(${argument.name})`;
        pruefeLiteral(node.value, argument.type, koordinate, wurzel(argument), variablen);
      },
    }),
  );
}

export function eingabePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document }) {
          const variablen = request.variables ?? {};
          pruefeAnfrage(schema, document, variablen);
          // Variables no argument uses are refused by validation; nothing else to check.
          if (request.variables) request.variables = variablen;
        },
      };
    },
  };
}
