// Accounts end to end: register, read the code from real mail, verify, sign out, sign in with the
// emailed code, and see this browser in the device list. Cookies are __Host- Secure on localhost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpDouble, type SmtpDouble } from '../doubles/smtp';
import { launchBrowser, type Browser } from '../harness/browser';
import { startServer, type RunningServer } from '../harness/server';
import { AccountPage } from '../page-models/account';

describe('account', () => {
  let smtp: SmtpDouble;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtpDouble();
    server = await startServer({ SMTP_URL: smtp.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  it('registers, verifies by email, signs out, signs in with the emailed code, lists the device', async () => {
    const email = `e2e.${Date.now().toString(36)}@example.test`;
    const password = 'amber lighthouse 74 marmalade';
    const account = new AccountPage(await browser.context.newPage(), server.url);

    await account.openRegister();
    // A known leaked password is refused by the server with a clear reason.
    await account.fillRegistration(email, 'iloveyou2');
    expect(await account.strengthText()).toMatch(/Very weak/);
    await account.submitRegistration();
    expect(await account.formError().innerText()).toMatch(/common or leaked passwords/);

    await account.fillRegistration(email, password);
    expect(await account.strengthText()).toMatch(/Strong/);
    let after = smtp.mark();
    await account.submitRegistration();
    await account.verify(await smtp.waitForCode(email, /verification code/, { after }));
    expect(await account.signedInEmail().innerText()).toBe(email);

    const cookies = await browser.context.cookies(server.url);
    const session = cookies.find((c) => c.name === '__Host-cc_session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });

    await account.signOut();
    after = smtp.mark();
    await account.signIn(email, password);
    await account.enterEmailedCode(await smtp.waitForCode(email, /sign-in code/, { after }));

    await account.openSecurity();
    const devices = await account.devices();
    expect(devices.some((d) => /Chrome on Linux/.test(d) && /This device/.test(d))).toBe(true);
    await account.page.close();
  });
});
