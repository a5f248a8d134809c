import fs from 'node:fs';
import { expect, test, type Page } from './support/test';

// These tests share the demo team and change it (settings, decisions, a hand-off): they run one
// after the other, and each puts back what it must.
test.describe.configure({ mode: 'serial' });

async function signInAs(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('opslens-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/t\/northwind-creative$/);
}

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
  await page.getByLabel('Review').selectOption('dismissed');
  const dismissed = findings.filter({ hasText: title });
  await expect(dismissed).toContainText('Dismissed: “We promised the client this step”');
  await dismissed.getByRole('button', { name: `Reopen ${title}` }).click();
  await page.getByLabel('Review').selectOption('active');
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

test('delegation: the owner hands a step to a teammate, who accepts and finishes it; savings are realized', async ({
  page,
  browser,
}) => {
  await signInAs(page, 'demo@opslens.app');
  await page.getByRole('link', { name: 'Report' }).first().click();
  await page.getByLabel('Action').selectOption('delegate');
  const finding = page.getByTestId('finding').first();
  const title = (await finding.locator('a').first().textContent())!;
  await expect(finding).toContainText('suggested: Sam Ortiz');
  const realizedBefore = Number(
    /Realized \((\d+)\)/.exec((await page.getByTestId('realized').textContent())!)![1],
  );

  // Accept → the assign dialog, with the suggestion preselected.
  await finding.getByRole('button', { name: `Accept ${title}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: /Sam Ortiz/ })).toBeChecked();
  await expect(dialog).toContainText('h/week free');
  await dialog.getByLabel('Due date').fill('2099-12-31');
  await dialog.getByLabel('Hand-off note').fill('The checklist is pinned in the shared drive.');
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText(`“${title}” handed to Sam Ortiz.`)).toBeVisible();

  // The teammate, in a browser of their own.
  const context = await browser.newContext();
  const sam = await context.newPage();
  await signInAs(sam, 'sam@opslens.app');
  const mine = sam.getByRole('link', { name: /My assignments/ });
  await expect(mine).toContainText('1');
  await mine.click();
  const card = sam.getByTestId('assignment').filter({ hasText: title });
  await expect(card).toContainText('The checklist is pinned in the shared drive.');
  await expect(card).toContainText('Dana Demo');
  await card.getByRole('button', { name: `Accept ${title}` }).click();
  await card.getByRole('button', { name: `Mark hand-off done: ${title}` }).click();
  await expect(sam.getByRole('link', { name: /My assignments/ })).not.toContainText('1');
  await context.close();

  // The owner sees the status, the step's new performer and the realized savings.
  await page.goto('/t/northwind-creative/assignments/team');
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Sam Ortiz');
  await expect(row).toContainText(/done/i);
  await row.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('step').filter({ hasText: title })).toContainText('Sam Ortiz');
  await page.getByRole('link', { name: 'Report' }).first().click();
  await expect(page.getByTestId('realized')).toContainText(`Realized (${realizedBefore + 1})`);
});
