import { expect, test, type Locator, type Page } from './support/test';
import { signUpWithTeam, uniqueEmail } from './support/accounts';

/**
 * Presses Tab until `target` has the focus, as a keyboard user would; fails if it is not
 * reached within `max` presses (a control that Tab never reaches is a bug).
 */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached by Tab within ${max} presses`).toBeFocused();
}

test('keyboard only: add a step, filter the report, accept a finding and undo it', async ({
  page,
}) => {
  // Setting up the team is not the journey under test.
  await signUpWithTeam(page, { name: 'Kim Keys', email: uniqueEmail('keys'), team: 'Keys Co' });
  await page.getByRole('button', { name: '+ New system' }).click();
  await page.getByLabel('System name').fill('Billing');
  await page.getByRole('button', { name: 'Create system' }).click();
  await page.getByRole('link', { name: 'Billing' }).click();
  await page.getByRole('button', { name: '+ New process' }).click();
  await page.getByLabel('Process name').fill('Month-end invoices');
  await page.getByLabel('How many times').fill('5');
  await page.getByLabel('Frequency').selectOption('week');
  await page.getByRole('button', { name: 'Create process' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Month-end invoices/ })).toBeVisible();

  // From here on, only the keyboard, from a fresh load of the page. The skip link comes first and
  // leads past the header to the content.
  await page.reload();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: '+ Add step' }));
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Add step' });
  await expect(form.getByLabel('Step title')).toBeFocused();
  await page.keyboard.type('Copy totals into the old spreadsheet');
  await tabTo(page, form.getByLabel('Value'));
  await page.keyboard.type('No v'); // the select jumps to "No value — nobody would miss it"
  await expect(form.getByLabel('Value')).toHaveValue('none');
  await tabTo(page, form.getByLabel('Minutes (hands-on)'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  // The new step is in the list and the keyboard is on it.
  const step = page.getByTestId('step').filter({ hasText: 'Copy totals into the old spreadsheet' });
  await expect(step).toBeVisible();
  await expect(page.locator('[id^="step-"]:focus')).toContainText(
    'Copy totals into the old spreadsheet',
  );

  // To the report through the header's links, then filter it to "Remove".
  await page.keyboard.press('Shift+Tab');
  const reportLink = page.getByRole('navigation', { name: 'Team', exact: true }).getByRole('link', {
    name: 'Report',
  });
  for (
    let i = 0;
    i < 80 && !(await reportLink.evaluate((el) => el === document.activeElement));
    i++
  )
    await page.keyboard.press('Shift+Tab');
  await expect(reportLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Streamlining report', exact: true }),
  ).toBeVisible();
  await tabTo(page, page.getByLabel('Action'), 80);
  await page.keyboard.type('Rem');
  await expect(page).toHaveURL(/action=remove/);
  const findings = page.getByTestId('finding');
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toContainText('Copy totals into the old spreadsheet');

  // Accept it: removing archives the step at once, and the toast offers an undo.
  const accept = page.getByRole('button', { name: 'Accept Copy totals into the old spreadsheet' });
  await tabTo(page, accept);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Removed “Copy totals into the old spreadsheet”/)).toBeVisible();
  // Archived, the step leaves the list (and the process).
  await expect(findings).toHaveCount(0);

  // Undo (from the toast) puts the step back as an open finding.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored “Copy totals into the old spreadsheet”.')).toBeVisible();
  await expect(findings).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: 'Accept Copy totals into the old spreadsheet' }),
  ).toBeVisible();
});
