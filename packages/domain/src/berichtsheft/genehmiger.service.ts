import type { Prisma } from '@portal/db';
import { onBehalfOf, type Viewer } from '../arbeitsbereich/viewer.js';
import { generatePin } from '../auth/pin.js';
import { kontoFuerAdresse } from '../konten/konto-fuer-adresse.js';
import { enqueueMail } from '../outbox/outbox.js';
import { audit } from '../shared/audit.js';
import { type DomainDeps, linkTo } from '../shared/context.js';
import { DomainError, notFound, ValidationError } from '../shared/errors.js';
import { hashPassword } from '../shared/passwords.js';
import { fromUtcDate } from './dates.js';
import {
  canVouchForGenehmiger,
  GENEHMIGER_ROLLEN,
  genehmigerStand,
  vorschlagScope,
} from './genehmiger.policy.js';
import { bestaetigtMail, vorschlagMail, zurueckgewiesenBemerkung } from './genehmiger-mails.js';
import { entschiedenMail } from './mails.js';

type Tx = Prisma.TransactionClient;

export type GenehmigerStand = ReturnType<typeof genehmigerStand>;

/** The approver's roles at a Betriebsstaette, of any status: what genehmigerStand decides on. */
export async function genehmigerStandAn(
  tx: Pick<Tx, 'rollenzuweisung'>,
  userId: string,
  betriebsstaetteId: string,
): Promise<GenehmigerStand> {
  const rollen = await tx.rollenzuweisung.findMany({
    where: { userId, betriebsstaetteId, rolle: { in: [...GENEHMIGER_ROLLEN] } },
    select: { rolle: true, status: true },
  });
  return genehmigerStand(rollen);
}

/**
 * The approver an Azubi names by e-mail on submitting. An address without an approver role at the
 * contract's Betriebsstaette (a new one, the Azubi's own second address, somebody of another
 * Unternehmen) becomes a suggested Ausbildungsbeauftragte/r (VORGESCHLAGEN): no rights, no PIN,
 * no mail to the address. The Betrieb is told and confirms it or turns it down.
 * Safe under parallel submissions: account and role are inserted with ON CONFLICT DO NOTHING.
 */
export async function genehmigerFuerEinreichung(
  deps: DomainDeps,
  tx: Tx,
  email: string,
  vertrag: {
    id: string;
    betriebsstaetteId: string;
    azubiUserId: string | null;
    ausbilderUserId: string | null;
  },
  azubiName: string,
): Promise<{ userId: string; stand: GenehmigerStand }> {
  const { user } = await kontoFuerAdresse(tx, { email, vorname: '', nachname: '' });
  if (user.id === vertrag.azubiUserId) {
    throw new ValidationError('genehmigerEmail', 'Sie können Ihren Nachweis nicht selbst genehmigen.');
  }
  const stand = await genehmigerStandAn(tx, user.id, vertrag.betriebsstaetteId);
  if (stand !== 'KEIN_GENEHMIGER') return { userId: user.id, stand };

  await tx.rollenzuweisung.createMany({
    data: [
      {
        userId: user.id,
        rolle: 'AUSBILDUNGSBEAUFTRAGTE',
        betriebsstaetteId: vertrag.betriebsstaetteId,
        status: 'VORGESCHLAGEN',
        vorgeschlagenVonUserId: vertrag.azubiUserId,
      },
    ],
    skipDuplicates: true,
  });
  const rolle = await tx.rollenzuweisung.findFirstOrThrow({
    where: { userId: user.id, betriebsstaetteId: vertrag.betriebsstaetteId, rolle: 'AUSBILDUNGSBEAUFTRAGTE' },
    select: { id: true },
  });
  const link = linkTo(deps, '/verwaltung/ausbildungsbeauftragte');
  for (const to of await wenFragen(tx, vertrag)) {
    // Once per suggestion and person, however many weeks the Azubi sends there.
    await enqueueMail(
      tx,
      {
        ...vorschlagMail(to, { azubiName, email, link }),
        dedupeKey: `genehmiger-vorschlag:${rolle.id}:${to}`,
      },
      deps.clock.now(),
    );
  }
  return { userId: user.id, stand: 'WARTET_AUF_BETRIEB' };
}

/** Who is asked to vouch: the contract's Ausbilder/-in, else the administrators in reach. */
async function wenFragen(
  tx: Tx,
  vertrag: { betriebsstaetteId: string; ausbilderUserId: string | null },
): Promise<string[]> {
  if (vertrag.ausbilderUserId) {
    const ausbilder = await tx.user.findUnique({
      where: { id: vertrag.ausbilderUserId },
      select: { email: true },
    });
    if (ausbilder) return [ausbilder.email];
  }
  const staette = await tx.betriebsstaette.findUniqueOrThrow({
    where: { id: vertrag.betriebsstaetteId },
    select: { unternehmenId: true, unternehmen: { select: { hauptsitzZugriff: true } } },
  });
  const admins = await tx.rollenzuweisung.findMany({
    where: {
      rolle: 'AUSBILDUNGSADMINISTRATOR',
      status: 'AKTIV',
      OR: [
        { betriebsstaetteId: vertrag.betriebsstaetteId },
        ...(staette.unternehmen.hauptsitzZugriff
          ? [{ betriebsstaette: { unternehmenId: staette.unternehmenId, art: 'HAUPTSITZ' as const } }]
          : []),
      ],
    },
    select: { user: { select: { email: true } } },
  });
  return [...new Set(admins.map((a) => a.user.email))];
}

const beauftragteSelect = {
  id: true,
  status: true,
  createdAt: true,
  wirksamAb: true,
  betriebsstaetteId: true,
  betriebsstaette: { select: { name: true, unternehmenId: true } },
  user: { select: { id: true, email: true, vorname: true, nachname: true } },
  vorgeschlagenVonUserId: true,
} satisfies Prisma.RollenzuweisungSelect;

type BeauftragteRow = Prisma.RollenzuweisungGetPayload<{ select: typeof beauftragteSelect }>;

/** The facts canVouchForGenehmiger needs about one suggested role. */
async function vorschlagFacts(
  tx: Pick<Tx, 'nachweis'>,
  row: { betriebsstaetteId: string | null; user: { id: string } },
) {
  const vertraege = await tx.nachweis.findMany({
    where: {
      genehmigerUserId: row.user.id,
      vertrag: { betriebsstaetteId: row.betriebsstaetteId ?? undefined },
    },
    select: { vertrag: { select: { ausbilderUserId: true } } },
    distinct: ['vertragId'],
  });
  return {
    betriebsstaetteId: row.betriebsstaetteId ?? '',
    ausbilderDerAzubis: vertraege.flatMap((n) =>
      n.vertrag.ausbilderUserId ? [n.vertrag.ausbilderUserId] : [],
    ),
  };
}

/**
 * "Ausbildungsbeauftragte": the approver roles of the Betriebsstaetten in the viewer's reach, the
 * suggested ones first. An administrator sees every one; an Ausbilder/-in those their Azubis named.
 * Suggested and invited people are shown by the address the Azubi typed only: whether an account
 * stands behind it, and whose, is not for the Betrieb to learn.
 */
export async function ausbildungsbeauftragte(deps: DomainDeps, viewer: Viewer) {
  const rows = await deps.prisma.rollenzuweisung.findMany({
    where: { rolle: 'AUSBILDUNGSBEAUFTRAGTE', AND: [vorschlagScope(viewer)] },
    select: {
      ...beauftragteSelect,
      user: {
        select: {
          ...beauftragteSelect.user.select,
          zuGenehmigen: {
            where: { status: 'EINGEREICHT' },
            select: {
              vertrag: { select: { betriebsstaetteId: true, azubiVorname: true, azubiNachname: true } },
            },
          },
        },
      },
    },
    orderBy: [{ status: 'desc' }, { createdAt: 'asc' }],
  });
  const azubiIds = [
    ...new Set(rows.flatMap((r) => (r.vorgeschlagenVonUserId ? [r.vorgeschlagenVonUserId] : []))),
  ];
  const azubis = azubiIds.length
    ? await deps.prisma.user.findMany({
        where: { id: { in: azubiIds } },
        select: { id: true, vorname: true, nachname: true },
      })
    : [];
  return rows.map((r) => {
    const wartend = r.user.zuGenehmigen.filter((n) => n.vertrag.betriebsstaetteId === r.betriebsstaetteId);
    const azubi = azubis.find((a) => a.id === r.vorgeschlagenVonUserId);
    return {
      id: r.id,
      status: r.status,
      email: r.user.email,
      name: r.status === 'AKTIV' ? `${r.user.vorname} ${r.user.nachname}`.trim() || null : null,
      betriebsstaette: { id: r.betriebsstaetteId ?? '', name: r.betriebsstaette?.name ?? '' },
      vorgeschlagenVon: azubi ? `${azubi.vorname} ${azubi.nachname}` : null,
      vorgeschlagenAm: r.createdAt,
      wartendeNachweise: wartend.length,
      wartendeAzubis: [
        ...new Set(wartend.map((n) => `${n.vertrag.azubiVorname} ${n.vertrag.azubiNachname}`)),
      ],
    };
  });
}

async function ladeVorschlag(tx: Tx, viewer: Viewer, id: string): Promise<BeauftragteRow> {
  const row = await tx.rollenzuweisung.findUnique({ where: { id }, select: beauftragteSelect });
  const gefunden =
    row?.betriebsstaetteId &&
    row.status === 'VORGESCHLAGEN' &&
    canVouchForGenehmiger(viewer, await vorschlagFacts(tx, row));
  if (!row || !gefunden)
    throw notFound('Dieser Vorschlag wurde nicht gefunden oder ist bereits entschieden.');
  return row;
}

export interface GenehmigerBestaetigenInput {
  id: string;
  /** The Betrieb names the person it vouches for; kept only where the account has no name yet. */
  vorname: string;
  nachname: string;
}

/**
 * The Betrieb vouches for an address an Azubi named. For a member of the Unternehmen the role takes
 * effect at once; anyone else (a new account, one of another Unternehmen) is invited and accepts
 * under "Profil – Berechtigungen", so the answer does not tell the Betrieb which it was. An account
 * that can sign in neither by password nor by PIN gets its PIN now (and only now).
 */
export async function genehmigerBestaetigen(
  deps: DomainDeps,
  viewer: Viewer,
  input: GenehmigerBestaetigenInput,
) {
  const vorname = input.vorname.trim();
  const nachname = input.nachname.trim();
  if (!vorname) throw new ValidationError('vorname', 'Bitte geben Sie den Vornamen der Person an.');
  if (!nachname) throw new ValidationError('nachname', 'Bitte geben Sie den Nachnamen der Person an.');
  if (vorname.length > 100 || nachname.length > 100)
    throw new ValidationError(
      vorname.length > 100 ? 'vorname' : 'nachname',
      'Der Name ist zu lang (höchstens 100 Zeichen).',
    );
  // Hashing takes a while: done before the transaction, used only if the account needs a PIN.
  const neuePin = generatePin();
  const neuePinHash = await hashPassword(neuePin);
  await deps.prisma.$transaction(async (tx) => {
    const row = await ladeVorschlag(tx, viewer, input.id);
    const now = deps.clock.now();
    const unternehmenId = row.betriebsstaette!.unternehmenId;
    const mitglied = await tx.rollenzuweisung.count({
      where: { userId: row.user.id, status: 'AKTIV', betriebsstaette: { unternehmenId } },
    });
    const status = mitglied > 0 ? 'AKTIV' : 'EINGELADEN';
    const updated = await tx.rollenzuweisung.updateMany({
      where: { id: row.id, status: 'VORGESCHLAGEN' },
      data: { status, ...(status === 'AKTIV' ? { wirksamAb: now, wirksamDurchId: viewer.userId } : {}) },
    });
    if (updated.count === 0)
      throw notFound('Dieser Vorschlag wurde nicht gefunden oder ist bereits entschieden.');
    const konto = await tx.user.findUniqueOrThrow({
      where: { id: row.user.id },
      select: { passwordHash: true, pinHash: true, vorname: true, nachname: true },
    });
    const pin = !konto.passwordHash && !konto.pinHash ? neuePin : null;
    await tx.user.update({
      where: { id: row.user.id },
      data: {
        ...(pin ? { pinHash: neuePinHash } : {}),
        ...(!konto.vorname && !konto.nachname ? { vorname, nachname } : {}),
      },
    });
    await audit(
      tx,
      viewer,
      {
        action: 'GENEHMIGER_BESTAETIGT',
        subjectType: 'Rollenzuweisung',
        subjectId: row.id,
        unternehmenId,
        data: { userId: row.user.id, betriebsstaetteId: row.betriebsstaetteId, status },
      },
      now,
    );
    const wartend = await tx.nachweis.count({
      where: {
        genehmigerUserId: row.user.id,
        status: 'EINGEREICHT',
        vertrag: { betriebsstaetteId: row.betriebsstaetteId! },
      },
    });
    await enqueueMail(
      tx,
      bestaetigtMail(row.user.email, {
        betrieb: row.betriebsstaette!.name,
        pin,
        einladung: status === 'EINGELADEN',
        wartend,
        anmeldung: linkTo(deps, pin ? '/anmelden/pin' : '/anmelden'),
        genehmigungen: linkTo(deps, '/genehmigungen'),
        berechtigungen: linkTo(deps, '/profil/berechtigungen'),
      }),
      now,
    );
  });
  return ausbildungsbeauftragteEintrag(deps, viewer, input.id);
}

/**
 * The Betrieb turns a suggested address down: the role goes, and the weeks sent there go back to
 * the Azubi as rejected, with the reason, so nothing waits for someone who will never approve.
 */
export async function genehmigerAblehnen(deps: DomainDeps, viewer: Viewer, id: string) {
  await deps.prisma.$transaction(async (tx) => {
    const row = await ladeVorschlag(tx, viewer, id);
    const now = deps.clock.now();
    const deleted = await tx.rollenzuweisung.deleteMany({ where: { id: row.id, status: 'VORGESCHLAGEN' } });
    if (deleted.count === 0)
      throw notFound('Dieser Vorschlag wurde nicht gefunden oder ist bereits entschieden.');
    await audit(
      tx,
      viewer,
      {
        action: 'GENEHMIGER_ABGELEHNT',
        subjectType: 'Rollenzuweisung',
        subjectId: row.id,
        unternehmenId: row.betriebsstaette!.unternehmenId,
        data: { userId: row.user.id, betriebsstaetteId: row.betriebsstaetteId },
      },
      now,
    );
    if ((await genehmigerStandAn(tx, row.user.id, row.betriebsstaetteId!)) !== 'KEIN_GENEHMIGER') return;
    const wartend = await tx.nachweis.findMany({
      where: {
        genehmigerUserId: row.user.id,
        status: 'EINGEREICHT',
        vertrag: { betriebsstaetteId: row.betriebsstaetteId! },
      },
      select: {
        id: true,
        von: true,
        bis: true,
        vertrag: {
          select: {
            azubiVorname: true,
            azubiNachname: true,
            azubiEmail: true,
            azubiUser: { select: { email: true } },
          },
        },
      },
    });
    const bemerkung = zurueckgewiesenBemerkung(row.user.email);
    for (const n of wartend) {
      const zurueck = await tx.nachweis.updateMany({
        where: { id: n.id, status: 'EINGEREICHT' },
        data: { status: 'ABGELEHNT', entschiedenAt: now, version: { increment: 1 } },
      });
      if (zurueck.count === 0) continue;
      await tx.nachweisEreignis.create({
        data: {
          nachweisId: n.id,
          at: now,
          actorUserId: viewer.userId,
          onBehalfOfUserId: onBehalfOf(viewer),
          ereignis: 'GENEHMIGER_ABGELEHNT',
          vonStatus: 'EINGEREICHT',
          nachStatus: 'ABGELEHNT',
          bemerkung,
        },
      });
      const an = n.vertrag.azubiUser?.email ?? n.vertrag.azubiEmail;
      if (an) {
        const facts = {
          azubiName: `${n.vertrag.azubiVorname} ${n.vertrag.azubiNachname}`,
          von: fromUtcDate(n.von),
          bis: fromUtcDate(n.bis),
          link: linkTo(deps, `/berichtsheft/nachweis/${n.id}`),
        };
        await enqueueMail(tx, entschiedenMail(an, facts, false, bemerkung, row.betriebsstaette!.name), now);
      }
    }
  });
  return true;
}

async function ausbildungsbeauftragteEintrag(deps: DomainDeps, viewer: Viewer, id: string) {
  const eintrag = (await ausbildungsbeauftragte(deps, viewer)).find((e) => e.id === id);
  if (!eintrag) throw new DomainError('NOT_FOUND');
  return eintrag;
}
