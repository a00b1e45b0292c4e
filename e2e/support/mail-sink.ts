// A real SMTP server for the e2e run (started by Playwright next to the app): it accepts every
// mail on SMTP_PORT and lists what arrived, parsed, as JSON on http://127.0.0.1:MAIL_HTTP_PORT/mails,
// so the tests can read PINs and links like a user reads their inbox.
import { createServer } from 'node:http';
import { startTestSmtpServer } from '@portal/mail/testing';
import { simpleParser } from 'mailparser';

const smtpPort = Number(process.env.SMTP_PORT ?? 2625);
const httpPort = Number(process.env.MAIL_HTTP_PORT ?? 2681);
const smtp = await startTestSmtpServer(smtpPort);

createServer((req, res) => {
  if (req.url !== '/mails') {
    res.statusCode = 404;
    res.end();
    return;
  }
  Promise.all(
    smtp.received.map(async (mail) => {
      const parsed = await simpleParser(mail.raw);
      return {
        to: mail.to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        messageId: parsed.messageId ?? '',
      };
    }),
  ).then((mails) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(mails));
  });
}).listen(httpPort, '127.0.0.1', () => {
  console.log(`mail sink: smtp ${smtpPort}, http ${httpPort}`);
});
