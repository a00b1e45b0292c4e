import { createMailer } from '@portal/mail';
import { startTestSmtpServer } from '@portal/mail/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignRole,
  authenticateSession,
  consumeToken,
  DomainError,
  listBenutzer,
  loadViewer,
  MAX_KONTO_VERSUCHE_PRO_STUNDE,
  meineBerechtigungen,
  meineVertretungen,
  offeneVertretungsantraege,
  type Viewer,
  vertretungAblehnen,
  vertretungBeantragen,
  vertretungBeenden,
  vertretungGenehmigen,
  vertretungHinzufuegen,
  vertretungKandidaten,
  vertretungMitarbeiterHinzufuegen,
  vertretungStarten,
  vertretungVerlassen,
} from '../src/index.js';
import { type DomainTestEnv, domainTestEnv, grant, unternehmen, user, viewerOf } from './support/db.js';

let env: DomainTestEnv;
beforeAll(async () => {
  env = await domainTestEnv(new Date('2026-11-24T10:00:00Z'));
});
afterAll(async () => {
  await env.db.close();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'OK';
}

/** An Unternehmen with an administrator, two Ausbilder and a user without a role, plus a clerk of its Kammer. */
async function betrieb() {
  const prisma = env.db.prisma;
  const org = await unternehmen(prisma);
  const [admin, ausbilder, ausbilder2, ohneRolle, clerk] = await Promise.all([
    user(prisma, { nachname: 'Admin' }),
    user(prisma, { nachname: 'Ausbilder' }),
    user(prisma, { nachname: 'Zweitausbilder' }),
    user(prisma, { nachname: 'Ohnerolle' }),
    user(prisma, { nachname: 'Sachbearbeiter' }),
  ]);
  await grant(prisma, admin.id, 'AUSBILDUNGSADMINISTRATOR', org.hauptsitz.id);
  await grant(prisma, ausbilder.id, 'AUSBILDER', org.hauptsitz.id);
  await grant(prisma, ausbilder2.id, 'AUSBILDER', org.hauptsitz.id);
  await prisma.rollenzuweisung.create({
    data: { userId: clerk.id, rolle: 'IHK_SACHBEARBEITER', kammerId: org.kammer.id },
  });
  return { org, admin, ausbilder, ausbilder2, ohneRolle, clerk };
}

const person = (u: { vorname: string; nachname: string; email: string }) => ({
  vorname: u.vorname,
  nachname: u.nachname,
  email: u.email,
});

const mailsAn = (to: string) =>
  env.db.prisma.mailOutbox.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });

describe('Profil - Vertretung', () => {
  it('names an existing account by e-mail and name; a wrong name answers like an unknown address', async () => {
    const b = await betrieb();
    const admin = await viewerOf(env, b.admin.email);
    const wrongName = await codeOf(
      vertretungHinzufuegen(env.deps, admin, { ...person(b.ohneRolle), nachname: 'Falsch' }),
    );
    const unknown = await codeOf(
      vertretungHinzufuegen(env.deps, admin, { ...person(b.ohneRolle), email: 'niemand-x@test.example' }),
    );
    expect([wrongName, unknown]).toEqual(['VERTRETUNG_KONTO_UNBEKANNT', 'VERTRETUNG_KONTO_UNBEKANNT']);

    const v = await vertretungHinzufuegen(env.deps, admin, {
      vorname: ` ${b.ohneRolle.vorname.toUpperCase()} `,
      nachname: b.ohneRolle.nachname,
      email: b.ohneRolle.email.toUpperCase(),
    });
    expect(v.status).toBe('AKTIV');
    // The answer echoes what the principal typed, nothing of the account.
    expect(v.vertreterVorname).toBe(b.ohneRolle.vorname.toUpperCase());
    expect(await codeOf(vertretungHinzufuegen(env.deps, admin, person(b.ohneRolle)))).toBe(
      'VERTRETUNG_VORHANDEN',
    );
    expect(await codeOf(vertretungHinzufuegen(env.deps, admin, person(b.admin)))).toBe('VERTRETUNG_SELBST');
    expect((await meineVertretungen(env.deps, admin)).map((x) => x.id)).toEqual([v.id]);
    const [mail] = await mailsAn(b.ohneRolle.email);
    expect(mail.subject).toContain('als Vertretung');
    expect(mail.text).toContain('/profil/berechtigungen');
    const audit = await env.db.prisma.auditEvent.findFirstOrThrow({ where: { subjectId: v.id } });
    expect(audit).toMatchObject({ action: 'VERTRETUNG_HINZUGEFUEGT', actorUserId: b.admin.id });
  });

  it('limits the attempts to name an account per principal and hour', async () => {
    const b = await betrieb();
    const admin = await viewerOf(env, b.admin.email);
    const codes = [];
    for (let i = 0; i <= MAX_KONTO_VERSUCHE_PRO_STUNDE; i++) {
      codes.push(
        await codeOf(
          vertretungHinzufuegen(env.deps, admin, {
            vorname: 'A',
            nachname: 'B',
            email: `x${i}@test.example`,
          }),
        ),
      );
    }
    expect(codes.at(-2)).toBe('VERTRETUNG_KONTO_UNBEKANNT');
    expect(codes.at(-1)).toBe('VERTRETUNG_ZU_VIELE_VERSUCHE');
    env.clock.advance(60 * 60 * 1000);
    expect(await codeOf(vertretungHinzufuegen(env.deps, admin, person(b.ausbilder)))).toBe('OK');
  });

  it('offers the Ausbilder of the selected Unternehmen and refuses anyone else by id', async () => {
    const b = await betrieb();
    const fremd = await betrieb();
    const admin = await viewerOf(env, b.admin.email);
    const kandidaten = await vertretungKandidaten(env.deps, admin);
    expect(kandidaten.map((k) => k.id).sort()).toEqual([b.ausbilder.id, b.ausbilder2.id].sort());
    for (const id of [fremd.ausbilder.id, b.ohneRolle.id, fremd.admin.id]) {
      expect(await codeOf(vertretungMitarbeiterHinzufuegen(env.deps, admin, id))).toBe('NOT_FOUND');
    }
    const v = await vertretungMitarbeiterHinzufuegen(env.deps, admin, b.ausbilder.id);
    expect(v.status).toBe('AKTIV');
    expect((await vertretungKandidaten(env.deps, admin)).map((k) => k.id)).toEqual([b.ausbilder2.id]);
    // Without a Betriebsstaette (only a Kammer role) there are no colleagues to offer.
    expect(await vertretungKandidaten(env.deps, await viewerOf(env, b.clerk.email))).toEqual([]);
  });
});

describe('a deputy without an account', () => {
  it('is pending until the clerk of the principal’s Kammer approves; then the account and invitation exist', async () => {
    const b = await betrieb();
    const fremd = await betrieb();
    const admin = await viewerOf(env, b.admin.email);
    const email = `neu-${b.org.kammer.id.slice(0, 8)}@test.example`;
    const v = await vertretungBeantragen(env.deps, admin, { vorname: 'Nora', nachname: 'Neu', email });
    expect(v.status).toBe('BEANTRAGT');
    const row = await env.db.prisma.vertretung.findUniqueOrThrow({ where: { id: v.id } });
    expect(row.kammerId).toBe(b.org.kammer.id);
    expect(await env.db.prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await mailsAn(email)).toEqual([]);

    const fremdClerk = await viewerOf(env, fremd.clerk.email);
    expect(await offeneVertretungsantraege(env.deps, fremdClerk)).toEqual([]);
    expect(await codeOf(vertretungGenehmigen(env.deps, fremdClerk, v.id))).toBe('NOT_FOUND');
    expect(await codeOf(vertretungAblehnen(env.deps, fremdClerk, v.id))).toBe('NOT_FOUND');
    expect(await codeOf(offeneVertretungsantraege(env.deps, admin))).toBe('FORBIDDEN');
    expect(await codeOf(vertretungGenehmigen(env.deps, admin, v.id))).toBe('FORBIDDEN');

    const clerk = await viewerOf(env, b.clerk.email);
    expect((await offeneVertretungsantraege(env.deps, clerk)).map((x) => x.id)).toEqual([v.id]);
    const smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
    const approved = await vertretungGenehmigen({ ...env.deps, mailer }, clerk, v.id).finally(async () => {
      mailer.close();
      await smtp.close();
    });
    expect(approved.vertretung.status).toBe('AKTIV');
    // The invitation went out at once over SMTP.
    expect(approved.zustellung.zugestellt).toBe(true);
    expect(smtp.received.map((m) => m.to)).toEqual([[email]]);
    expect(await codeOf(vertretungGenehmigen(env.deps, clerk, v.id))).toBe(
      'VERTRETUNG_UEBERGANG_UNZULAESSIG',
    );
    const neu = await env.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(neu.passwordHash).toBeNull();
    const [einladung] = await mailsAn(email);
    const token = /\/passwort-setzen\?token=([\w-]+)/.exec(einladung.text)?.[1];
    expect(token).toBeTruthy();
    const used = await env.db.prisma.$transaction((tx) =>
      consumeToken(tx, decodeURIComponent(token!), ['EINLADUNG'], env.clock.now()),
    );
    expect(used.userId).toBe(neu.id);
    expect((await mailsAn(b.admin.email)).map((m) => m.subject)).toEqual([
      'Ihre Vertretung Nora Neu wurde genehmigt',
    ]);
    const audit = await env.db.prisma.auditEvent.findMany({
      where: { subjectId: v.id },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ['VERTRETUNG_BEANTRAGT', b.admin.id],
      ['VERTRETUNG_GENEHMIGT', b.clerk.id],
    ]);
  });

  it('says so when the invitation cannot be sent now, and keeps it in the outbox', async () => {
    const b = await betrieb();
    const admin = await viewerOf(env, b.admin.email);
    const email = `offline-${b.org.kammer.id.slice(0, 8)}@test.example`;
    const v = await vertretungBeantragen(env.deps, admin, { vorname: 'Otto', nachname: 'Offline', email });
    const approved = await vertretungGenehmigen(env.deps, await viewerOf(env, b.clerk.email), v.id);
    expect(approved.vertretung.status).toBe('AKTIV');
    expect(approved.zustellung.zugestellt).toBe(false);
    expect(approved.zustellung.meldung).toContain('Leider konnten wir Ihnen keine E-Mail zusenden');
    expect((await mailsAn(email)).map((m) => m.status)).toEqual(['AUSSTEHEND']);
  });

  it('a clerk cannot decide about their own request (four eyes)', async () => {
    const b = await betrieb();
    const clerk = await viewerOf(env, b.clerk.email);
    const email = `selbst-${b.org.kammer.id.slice(0, 8)}@test.example`;
    const v = await vertretungBeantragen(env.deps, clerk, { vorname: 'Eigen', nachname: 'Antrag', email });
    expect((await env.db.prisma.vertretung.findUniqueOrThrow({ where: { id: v.id } })).kammerId).toBe(
      b.org.kammer.id,
    );
    expect(await codeOf(vertretungGenehmigen(env.deps, clerk, v.id))).toBe('FORBIDDEN');
    expect(await codeOf(vertretungAblehnen(env.deps, clerk, v.id))).toBe('FORBIDDEN');
    const other = await user(env.db.prisma, { nachname: 'Zweite Sachbearbeiterin' });
    await env.db.prisma.rollenzuweisung.create({
      data: { userId: other.id, rolle: 'IHK_SACHBEARBEITER', kammerId: b.org.kammer.id },
    });
    const approved = await vertretungGenehmigen(env.deps, await viewerOf(env, other.email), v.id);
    expect(approved.vertretung.status).toBe('AKTIV');
  });

  it('can be rejected; the principal is told and the person gets nothing', async () => {
    const b = await betrieb();
    const admin = await viewerOf(env, b.admin.email);
    const email = `abgelehnt-${b.org.kammer.id.slice(0, 8)}@test.example`;
    const v = await vertretungBeantragen(env.deps, admin, { vorname: 'Abel', nachname: 'Lehnt', email });
    const clerk = await viewerOf(env, b.clerk.email);
    expect((await vertretungAblehnen(env.deps, clerk, v.id)).status).toBe('ABGELEHNT');
    expect(await env.db.prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await mailsAn(email)).toEqual([]);
    expect((await mailsAn(b.admin.email))[0].subject).toContain('nicht genehmigt');
    expect((await meineVertretungen(env.deps, admin)).map((x) => x.status)).toEqual(['ABGELEHNT']);
  });
});

describe('acting for the principal', () => {
  async function vertreten() {
    const b = await betrieb();
    const admin = await viewerOf(env, b.admin.email);
    const v = await vertretungMitarbeiterHinzufuegen(env.deps, admin, b.ausbilder.id);
    const deputy = await viewerOf(env, b.ausbilder.email);
    return { b, v, admin, deputy };
  }

  it('takes the principal’s rights only, records the deputy on behalf of the principal, and switches back', async () => {
    const { b, v, deputy } = await vertreten();
    expect(await codeOf(listBenutzer(env.deps, deputy, {}))).toBe('FORBIDDEN');
    const [berechtigung] = await meineBerechtigungen(env.deps, deputy);
    expect(berechtigung).toMatchObject({ id: v.id, vertretener: { id: b.admin.id }, aktiv: false });
    expect(berechtigung.unternehmen).toEqual([b.org.unternehmen.name]);

    const acting = await vertretungStarten(env.deps, deputy, v.id);
    expect(acting).toMatchObject({ userId: b.ausbilder.id, principalUserId: b.admin.id });
    expect(acting.current?.rollen).toEqual(['AUSBILDUNGSADMINISTRATOR']);
    await assignRole(env.deps, acting, {
      // A member of the Unternehmen (roles by id are for members).
      userId: b.admin.id,
      betriebsstaetteId: b.org.hauptsitz.id,
      rolle: 'AZUBI',
    });
    const zugewiesen = await env.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'ROLLE_ZUGEWIESEN', unternehmenId: b.org.unternehmen.id },
    });
    expect(zugewiesen).toMatchObject({ actorUserId: b.ausbilder.id, onBehalfOfUserId: b.admin.id });

    // Nothing of the principal's access: own Vertretungen, colleagues, adding deputies.
    for (const call of [
      meineVertretungen(env.deps, acting),
      vertretungKandidaten(env.deps, acting),
      vertretungHinzufuegen(env.deps, acting, person(b.ohneRolle)),
      vertretungBeantragen(env.deps, acting, { vorname: 'A', nachname: 'B', email: 'c@test.example' }),
      vertretungBeenden(env.deps, acting, v.id),
    ]) {
      expect(await codeOf(call)).toBe('NICHT_IN_VERTRETUNG');
    }

    const own = await vertretungVerlassen(env.deps, acting);
    expect(own.principalUserId).toBe(b.ausbilder.id);
    expect(own.current?.rollen).toEqual(['AUSBILDER']);
    const events = await env.db.prisma.auditEvent.findMany({
      where: { actorUserId: b.ausbilder.id, action: { startsWith: 'VERTRETUNG_' } },
      orderBy: { action: 'asc' },
    });
    expect(events.map((e) => [e.action, e.onBehalfOfUserId])).toEqual([
      ['VERTRETUNG_GEWECHSELT', b.admin.id],
      ['VERTRETUNG_VERLASSEN', b.admin.id],
    ]);
  });

  it('switches straight from one principal to another, recording both steps', async () => {
    const { b, v, deputy } = await vertreten();
    const zweite = await viewerOf(env, b.ausbilder2.email);
    const v2 = await vertretungHinzufuegen(env.deps, zweite, person(b.ausbilder));
    const fuerAdmin = await vertretungStarten(env.deps, deputy, v.id);
    const fuerZweite = await vertretungStarten(env.deps, fuerAdmin, v2.id);
    expect(fuerZweite.principalUserId).toBe(b.ausbilder2.id);
    expect(fuerZweite.current?.rollen).toEqual(['AUSBILDER']);
    const berechtigungen = await meineBerechtigungen(env.deps, fuerZweite);
    expect(berechtigungen.filter((x) => x.aktiv).map((x) => x.vertretener.id)).toEqual([b.ausbilder2.id]);
    const events = await env.db.prisma.auditEvent.findMany({
      where: {
        actorUserId: b.ausbilder.id,
        action: { in: ['VERTRETUNG_GEWECHSELT', 'VERTRETUNG_VERLASSEN'] },
      },
    });
    expect(events.map((e) => [e.action, e.onBehalfOfUserId]).sort()).toEqual(
      [
        ['VERTRETUNG_GEWECHSELT', b.admin.id],
        ['VERTRETUNG_GEWECHSELT', b.ausbilder2.id],
        ['VERTRETUNG_VERLASSEN', b.admin.id],
      ].sort(),
    );
  });

  it('may not switch to a Vertretung of someone else or one that has ended', async () => {
    const { b, v, admin } = await vertreten();
    const other = await viewerOf(env, b.ausbilder2.email);
    expect(await codeOf(vertretungStarten(env.deps, other, v.id))).toBe('NOT_FOUND');
    await vertretungBeenden(env.deps, admin, v.id);
    const deputy = await viewerOf(env, b.ausbilder.email);
    expect(await codeOf(vertretungStarten(env.deps, deputy, v.id))).toBe('NOT_FOUND');
    expect(await codeOf(vertretungBeenden(env.deps, admin, v.id))).toBe('VERTRETUNG_UEBERGANG_UNZULAESSIG');
  });

  it('ends at once: the deputy’s next request is refused and then acts as the deputy', async () => {
    const { b, v, admin, deputy } = await vertreten();
    const acting = await vertretungStarten(env.deps, deputy, v.id);
    const before = await authenticateSession(env.deps, acting.sessionId);
    expect(before?.viewer.principalUserId).toBe(b.admin.id);
    expect(before?.vertretungBeendet).toBeUndefined();

    await vertretungBeenden(env.deps, admin, v.id);
    const next = await authenticateSession(env.deps, acting.sessionId);
    expect(next?.vertretungBeendet).toBe(true);
    expect(next?.viewer.principalUserId).toBe(b.ausbilder.id);
    const after = await authenticateSession(env.deps, acting.sessionId);
    expect(after?.vertretungBeendet).toBeUndefined();
    expect(after?.viewer).toMatchObject({ userId: b.ausbilder.id, principalUserId: b.ausbilder.id });
  });

  it('the deputy can end it too; a stranger cannot', async () => {
    const { b, v, deputy } = await vertreten();
    const stranger = await viewerOf(env, b.ohneRolle.email);
    expect(await codeOf(vertretungBeenden(env.deps, stranger, v.id))).toBe('NOT_FOUND');
    expect((await vertretungBeenden(env.deps, deputy, v.id)).status).toBe('BEENDET');
  });

  it('a session row of another person cannot be taken over by naming its principal', async () => {
    const { b, v } = await vertreten();
    // A session of the second Ausbilder that claims to act for the admin (no Vertretung) is refused.
    const other = await viewerOf(env, b.ausbilder2.email);
    await env.db.prisma.session.update({
      where: { id: other.sessionId },
      data: { actingForUserId: b.admin.id },
    });
    const auth = await authenticateSession(env.deps, other.sessionId);
    expect(auth?.vertretungBeendet).toBe(true);
    expect(auth?.viewer.principalUserId).toBe(b.ausbilder2.id);
    expect(v.status).toBe('AKTIV');
    const session = await env.db.prisma.session.findUniqueOrThrow({ where: { id: other.sessionId } });
    const viewer: Viewer = await loadViewer(env.deps, session);
    expect(viewer.principalUserId).toBe(b.ausbilder2.id);
  });
});
