import PDFDocument from 'pdfkit';
import { formatDe } from '../berichtsheft/dates.js';

export interface ZeugnisFakten {
  kammer: string;
  azubiName: string;
  identnummer: string;
  beruf: string;
  /** "Sommer 2027 – Abschlussprüfung Teil 2" */
  pruefung: string;
  teile: { teil: string; punkte: number | null; note: string | null; bestanden: boolean }[];
  bestanden: boolean;
  /** The Ergebnisdatum (release of the results), "YYYY-MM-DD". */
  datum: string;
  /** Timestamp written into the PDF's metadata (from the domain clock, not the wall clock). */
  erstelltAm: Date;
}

const punkteText = (punkte: number | null) =>
  punkte === null ? '–' : punkte.toLocaleString('de-DE', { maximumFractionDigits: 2 });

/**
 * The Zeugnis as a PDF, generated on the server with pdfkit (standard Helvetica, which covers the
 * German umlauts in its WinAnsi encoding; no font files needed). A4, one page for up to ~20 parts.
 */
export function zeugnisPdf(f: ZeugnisFakten): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    info: {
      Title: `Prüfungszeugnis ${f.azubiName}`,
      Author: f.kammer,
      Subject: f.pruefung,
      Creator: 'Ausbildungsportal',
      CreationDate: f.erstelltAm,
    },
    lang: 'de-DE',
  });
  const chunks: Buffer[] = [];
  const fertig = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const links = doc.page.margins.left;
  const breite = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font('Helvetica-Bold').fontSize(14).text(f.kammer, { align: 'right' });
  doc.moveDown(3);
  doc.font('Helvetica-Bold').fontSize(24).text('Prüfungszeugnis', { align: 'center' });
  doc.moveDown(1.5);
  doc.font('Helvetica').fontSize(12);
  doc.text(`${f.azubiName} (Identnummer ${f.identnummer})`, { align: 'center' });
  doc.moveDown(0.5);
  doc.text(`hat an der Prüfung „${f.pruefung}“`, { align: 'center' });
  doc.text(`im Ausbildungsberuf ${f.beruf} teilgenommen.`, { align: 'center' });
  doc.moveDown(2);

  const spalten = [
    { titel: 'Prüfungsbereich', x: links, w: breite * 0.46 },
    { titel: 'Punkte', x: links + breite * 0.46, w: breite * 0.16 },
    { titel: 'Note', x: links + breite * 0.62, w: breite * 0.16 },
    { titel: 'Ergebnis', x: links + breite * 0.78, w: breite * 0.22 },
  ];
  const zeile = (werte: string[], fett: boolean) => {
    const y = doc.y;
    doc.font(fett ? 'Helvetica-Bold' : 'Helvetica').fontSize(11);
    let hoehe = 0;
    spalten.forEach((s, i) => {
      hoehe = Math.max(hoehe, doc.heightOfString(werte[i], { width: s.w - 6 }));
    });
    spalten.forEach((s, i) => {
      doc.text(werte[i], s.x, y, { width: s.w - 6 });
    });
    doc.y = y + hoehe + 6;
    doc
      .moveTo(links, doc.y - 3)
      .lineTo(links + breite, doc.y - 3)
      .lineWidth(fett ? 1 : 0.5)
      .stroke();
  };
  zeile(
    spalten.map((s) => s.titel),
    true,
  );
  for (const t of f.teile) {
    zeile(
      [t.teil, punkteText(t.punkte), t.note ?? '–', t.bestanden ? 'bestanden' : 'nicht bestanden'],
      false,
    );
  }
  doc.x = links;
  doc.moveDown(2);
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(`Gesamtergebnis: ${f.bestanden ? 'bestanden' : 'nicht bestanden'}`, links, doc.y, {
      width: breite,
    });
  doc.moveDown(3);
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`Datum: ${formatDe(f.datum)}`, links, doc.y, { width: breite });
  doc.moveDown(0.5);
  doc.text(f.kammer, { width: breite });
  doc.moveDown(4);
  doc
    .fontSize(8)
    .fillColor('#555555')
    .text('Dieses Dokument wurde im Ausbildungsportal elektronisch erstellt.', links, doc.y, {
      width: breite,
    });
  doc.end();
  return fertig;
}
