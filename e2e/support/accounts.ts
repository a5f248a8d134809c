import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'a long enough password';

let n = 0;
export function uniqueEmail(prefix = 'user'): string {
  n += 1;
  return `${prefix}-${Date.now()}-${process.pid}-${n}@example.com`;
}

/** Signs up through the UI and names the business; ends on the new team's home. */
export async function signUpWithTeam(
  page: Page,
  opts: { name: string; email: string; team: string },
) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(opts.name);
  await page.getByLabel('Work email').fill(opts.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Name your business' })).toBeVisible();
  await page.getByLabel('Business name').fill(opts.team);
  await page.getByRole('button', { name: 'Create my team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: opts.team })).toBeVisible();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
