// Page model for the Account area: register, verify, sign in with the second step, security page.
import type { Page } from 'playwright-core';

export class AccountPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async openRegister(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/account/register`);
    await this.page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await this.page.getByLabel('Email').waitFor();
  }

  async fillRegistration(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
  }

  strengthText(): Promise<string> {
    return this.page.getByTestId('password-strength').innerText();
  }

  async submitRegistration(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }

  formError() {
    return this.page.getByRole('alert');
  }

  async verify(code: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await this.page.getByLabel('Verification code').fill(code);
    await this.page.getByRole('button', { name: 'Verify and sign in' }).click();
    await this.signedInEmail().waitFor();
  }

  signedInEmail() {
    return this.page.getByTestId('signed-in-email');
  }

  async signOut(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/account`);
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await this.page.getByRole('link', { name: 'Sign in' }).waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/account/sign-in`);
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.page.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
  }

  async enterEmailedCode(code: string): Promise<void> {
    await this.page.getByLabel('Code from your email').fill(code);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await this.signedInEmail().waitFor();
  }

  async openSecurity(): Promise<void> {
    await this.page.getByRole('link', { name: 'Security and devices' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
    await this.page.getByTestId('device-list').getByRole('listitem').first().waitFor();
  }

  async devices(): Promise<string[]> {
    return this.page.getByTestId('device-list').getByRole('listitem').allInnerTexts();
  }
}
