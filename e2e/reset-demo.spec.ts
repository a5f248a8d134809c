import { expect, test } from './support/test';

// Resetting rebuilds the shared demo under every other spec's feet, so this file runs in its own
// Playwright project, after all the others (playwright.config.ts).

test('"Reset demo" puts the shared demo back as it was first set up', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/t\/northwind-creative$/);

  // A visitor's change: a new system at the top level.
  await page.getByRole('button', { name: '+ New system' }).click();
  await page.getByLabel('System name').fill('Visitor experiment');
  await page.getByRole('button', { name: 'Create system' }).click();
  await expect(page.getByRole('link', { name: 'Visitor experiment' })).toBeVisible();

  await page.goto('/t/northwind-creative/settings');
  const group = page.getByRole('group', { name: 'Reset demo' });
  await group.getByRole('button', { name: 'Reset demo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the demo?' });
  await expect(dialog).toContainText('lost, for every visitor');
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await group.getByRole('button', { name: 'Reset demo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset demo' }).click();
  await expect(page.getByText('The demo is back to its first state.')).toBeVisible();

  await page.goto('/t/northwind-creative');
  await expect(page.getByRole('link', { name: 'Accounts receivable' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Visitor experiment' })).toHaveCount(0);
  // The demo's own data is whole again: its report has findings of every kind.
  await page.goto('/t/northwind-creative/report');
  for (const action of ['remove', 'automate', 'delegate']) {
    await expect(
      page.locator(`[data-testid="finding"][data-action="${action}"]`).first(),
    ).toBeVisible();
  }
});
