import { Rolle, RollenStatus } from '@portal/db';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(Rolle, {
  name: 'Rolle',
  description: 'Rollen im Ausbildungsportal (siehe docs/permissions.md)',
});

registerEnumType(RollenStatus, {
  name: 'RollenStatus',
  description: 'AKTIV gibt Rechte; EINGELADEN und VORGESCHLAGEN noch nicht (siehe docs/permissions.md)',
});

@ObjectType({ description: 'Seiteninformation einer Cursor-Liste' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class BetriebsstaetteRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  vorname!: string;

  @Field(() => String)
  nachname!: string;
}

export { ID, Int };

/** Date-only columns travel as "YYYY-MM-DD": no time zone can shift them. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function pageInfoOf(page: { hasNextPage: boolean; endCursor: string | null }): PageInfo {
  return { hasNextPage: page.hasNextPage, endCursor: page.endCursor };
}
