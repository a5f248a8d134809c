import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';

/** Serious or critical axe violations (WCAG 2 A/AA rules) on the page, one line each. */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
      return `${name}: ${v.id} (${v.impact}) — ${v.help} — ${where.join(', ')}`;
    });
}

test('the main pages have no serious accessibility violations', async ({ page }) => {
  const found: string[] = [];
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Try the demo' })).toBeEnabled();
  found.push(...(await seriousViolations(page, 'sign-in')));

  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/t\/northwind-creative$/);
  await expect(page.getByText('The business, zoomed out')).toBeVisible();
  found.push(...(await seriousViolations(page, 'business')));

  await page.getByRole('link', { name: 'Accounts receivable' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts receivable' })).toBeVisible();
  found.push(...(await seriousViolations(page, 'system')));

  await page.locator('table a').first().click();
  await expect(page.getByTestId('step').first()).toBeVisible();
  found.push(...(await seriousViolations(page, 'process')));

  for (const [link, heading] of [
    ['Report', 'Streamlining report'],
    ['Members', 'Members'],
    ['Settings', 'Settings'],
    ['My assignments', 'My assignments'],
    ['Team assignments', 'Team assignments'],
    ['Capacity', 'Capacity'],
    ['Activity', 'Activity'],
  ] as const) {
    await page.getByRole('link', { name: link, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
    found.push(...(await seriousViolations(page, link)));
  }
  await page.goto('/t/northwind-creative/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  found.push(...(await seriousViolations(page, 'profile')));
  await page.goto('/t/northwind-creative/import');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  found.push(...(await seriousViolations(page, 'import')));
  await page.goto('/docs/import-format');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  found.push(...(await seriousViolations(page, 'import format')));
  expect(found).toEqual([]);
});

test('what opens over a page has no serious accessibility violations either', async ({ page }) => {
  const found: string[] = [];
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/t\/northwind-creative$/);
  // The templates dialog, the notifications panel, a step's menu.
  await page.goto('/t/northwind-creative');
  await page.getByRole('button', { name: 'Templates…' }).click();
  await expect(page.getByRole('dialog', { name: 'Start from a template' })).toBeVisible();
  found.push(...(await seriousViolations(page, 'templates dialog')));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Notifications/ }).click();
  await expect(page.getByRole('dialog', { name: 'Notifications' })).toBeVisible();
  found.push(...(await seriousViolations(page, 'notifications')));
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Accounts receivable' }).click();
  await page.locator('table a').first().click();
  await page
    .getByRole('button', { name: /^More actions for/ })
    .first()
    .click();
  await expect(page.getByRole('menu')).toBeVisible();
  found.push(...(await seriousViolations(page, 'step menu')));
  expect(found).toEqual([]);
});
