import fs from 'node:fs';
import { expect, test } from '@playwright/test';

// Runs on the demo team; it changes settings and dismisses a finding, so it restores what it
// changed and keeps to one worker-independent flow.
test('the demo report: every action with reasons, zoom, dismiss and show, horizon change, CSV', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/t\/northwind-creative$/);
  await page.getByRole('link', { name: 'Report' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Streamlining report', exact: true }),
  ).toBeVisible();

  const findings = page.getByTestId('finding');
  for (const action of ['remove', 'automate', 'delegate']) {
    await expect(findings.and(page.locator(`[data-action="${action}"]`)).first()).toBeVisible();
  }
  // Reasons are plain words built from the numbers.
  await expect(findings.first().getByRole('listitem').first()).toContainText(/Runs .*×\/year/);

  // Keep findings, with their reasons, are one filter away.
  await page.getByLabel('Action').selectOption('keep');
  await expect(findings.first()).toHaveAttribute('data-action', 'keep');
  await page.getByLabel('Action').selectOption('candidates');

  // Zoom into a system and back out by the breadcrumb.
  await page.getByRole('link', { name: 'Accounts receivable' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Streamlining report: Accounts receivable' }),
  ).toBeVisible();
  await expect(findings.first()).toContainText('Accounts receivable');
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Northwind Creative' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Streamlining report', exact: true }),
  ).toBeVisible();

  // Dismiss one finding: hidden by default, shown with the toggle, then reopened.
  const first = findings.first();
  const title = (await first.locator('a').first().textContent())!;
  await first.getByRole('button', { name: `Dismiss ${title}` }).click();
  await page.getByLabel('Why? (kept with the decision)').fill('We promised the client this step');
  await page.getByRole('button', { name: 'Dismiss finding' }).click();
  await expect(findings.filter({ hasText: title })).toHaveCount(0);
  await page.getByLabel(/Show dismissed/).check();
  const dismissed = findings.filter({ hasText: title });
  await expect(dismissed).toContainText('Dismissed: “We promised the client this step”');
  await dismissed.getByRole('button', { name: `Reopen ${title}` }).click();
  await expect(dismissed.getByRole('button', { name: `Accept ${title}` })).toBeVisible();

  // The horizon changes what pays to automate, at once.
  await page.getByLabel('Action').selectOption('automate');
  const automateBefore = await findings.count();
  const settingsUrl = page.url().replace(/\/report.*$/, '/settings');
  await page.goto(settingsUrl);
  await page.getByLabel('Analysis horizon (years)').fill('0.5');
  await page.getByLabel('Default automation effort (hours)').fill('40');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Report' }).first().click();
  await page.getByLabel('Action').selectOption('automate');
  await expect.poll(() => findings.count()).toBeLessThan(automateBefore);

  // Put the demo back as it was for other tests.
  await page.goto(settingsUrl);
  await page.getByLabel('Analysis horizon (years)').fill('5');
  await page.getByLabel('Default automation effort (hours)').fill('8');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.', { exact: false })).toBeVisible();

  // Download the CSV.
  await page.getByRole('link', { name: 'Report' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^opslens-report-northwind-creative-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = fs.readFileSync((await file.path())!, 'utf8');
  expect(csv).toContain('Rank,Action,Keep reason,Review,Step,Process,System');
  expect(csv).toMatch(/\r\n1,(remove|automate|delegate),/);
});
