import fs from 'node:fs';
import { expect, test, type Page } from './support/test';
import { signUpWithTeam, uniqueEmail } from './support/accounts';

/** Fills the open "Add step" form and saves with `button`; the step shows in the list. */
async function addStep(
  page: Page,
  title: string,
  minutes: string,
  button: 'Add step' | 'Save and add another',
) {
  const form = page.getByRole('form', { name: 'Add step' });
  await expect(form.getByLabel('Step title')).toBeFocused();
  await page.keyboard.type(title);
  await form.getByLabel('Minutes (hands-on)').fill(minutes);
  await form.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByTestId('step').filter({ hasText: title })).toBeVisible();
}

const stepTitles = (page: Page) => page.getByTestId('step').locator('h3');

test('document the business: systems, zoom, a process with steps, keyboard reorder, edit', async ({
  page,
}) => {
  await signUpWithTeam(page, { name: 'Doc Writer', email: uniqueEmail('doc'), team: 'Doc Agency' });

  // A system and a subsystem; zoom in, then back out by the breadcrumb.
  await page.getByRole('button', { name: '+ New system' }).click();
  await page.getByLabel('System name').fill('Marketing');
  await page.getByRole('button', { name: 'Create system' }).click();
  await page.getByRole('link', { name: 'Marketing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing' })).toBeVisible();

  await page.getByRole('button', { name: '+ New subsystem' }).click();
  await page.getByLabel('System name').fill('Social media');
  await page.getByRole('button', { name: 'Create system' }).click();
  await page.getByRole('link', { name: 'Social media' }).click();
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs).toContainText('Doc Agency');
  await expect(crumbs).toContainText('Marketing');
  await expect(crumbs.getByRole('listitem').last()).toHaveText('Social media');

  await crumbs.getByRole('link', { name: 'Marketing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Doc Agency' })
    .click();
  await expect(page.getByText('The business, zoomed out')).toBeVisible();
  await page.getByRole('link', { name: 'Marketing' }).click();
  await page.getByRole('link', { name: 'Social media' }).click();

  // A process with steps.
  await expect(page.getByRole('heading', { level: 1, name: 'Social media' })).toBeVisible();
  await page.getByRole('button', { name: '+ New process' }).click();
  await page.getByLabel('Process name').fill('Post weekly update');
  await page.getByLabel('How many times').fill('2');
  await page.getByLabel('Frequency').selectOption('week');
  await page.getByRole('button', { name: 'Create process' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Post weekly update/ })).toBeVisible();

  // Three steps in one go: the form stays open for the next, and the writer performs them
  // unless they pick someone else; the last "Add step" closes it and lands on the new step.
  await page.getByRole('button', { name: '+ Add step' }).click();
  await addStep(page, 'Draft post', '20', 'Save and add another');
  await addStep(page, 'Design image', '30', 'Save and add another');
  await addStep(page, 'Schedule post', '5', 'Add step');
  await expect(page.getByRole('form', { name: 'Add step' })).toBeHidden();
  await expect(page.getByTestId('step').filter({ hasText: 'Schedule post' })).toBeFocused();
  await expect(page.getByTestId('step').filter({ hasText: 'Draft post' })).toContainText(
    'Performer Doc Writer',
  );
  // 2/week × 48 weeks = 96 runs; 55 min a run → 96 × 55 / 60 = 88 h.
  await expect(page.getByTestId('process-totals')).toContainText(
    '55 min per run · 96 runs a year · 88 h a year',
  );

  // Reorder by keyboard: lift "Schedule post" with Space, move it up, drop it.
  await page.getByRole('button', { name: 'Reorder Schedule post' }).focus();
  // Each key waits for dnd-kit's screen-reader announcement, so no key lands before it is ready.
  await page.keyboard.press('Space');
  await expect(page.getByText('Schedule post is over position 3.')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Schedule post is over position 2.')).toBeAttached();
  // Two moves in quick succession, saved in the order they were made.
  const saves = savesOfReorder(page, 2);
  await page.keyboard.press('Space');
  await expect(stepTitles(page)).toHaveText(['Draft post', 'Schedule post', 'Design image']);
  // And from the step's menu, by keyboard: open it, arrow to "Move down", Enter.
  await page.getByRole('button', { name: 'More actions for Draft post' }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More actions for Draft post' });
  await expect(menu.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // Delegate…
  await page.keyboard.press('ArrowDown'); // Move up is disabled for the first step: skipped
  await expect(menu.getByRole('menuitem', { name: 'Move down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stepTitles(page)).toHaveText(['Schedule post', 'Draft post', 'Design image']);
  await saves; // the order shows at once; a reload must wait for the server to have it
  await page.reload();
  await expect(stepTitles(page)).toHaveText(['Schedule post', 'Draft post', 'Design image']);

  // Edit a step: every field is there; the change shows at once and survives a reload.
  await page.getByRole('button', { name: 'Edit Draft post' }).click();
  const form = page.getByRole('form', { name: 'Save step' });
  await form.getByLabel('Minutes (hands-on)').fill('25');
  await form.getByLabel('Rule-based (follows fixed rules)').check();
  await form.getByLabel('Tools used').fill('Canva, Buffer');
  await form
    .getByLabel('Details (Markdown)')
    .fill('Use the **brand** template. <script>window.hacked = true</script>');
  await form.getByRole('button', { name: '+ Add a what-if' }).click();
  await form.getByLabel('If (what-if 1)').fill('Client has not approved by Thursday');
  await form.getByLabel('Then').fill('Post the evergreen piece instead');
  await form.getByRole('button', { name: 'Save step' }).click();
  const draft = page.getByTestId('step').filter({ hasText: 'Draft post' });
  await expect(draft).toContainText('25 min');
  await expect(draft).toContainText('rule-based');
  await expect(draft).toContainText('Client has not approved by Thursday');
  await page.reload();
  await expect(draft).toContainText('Canva, Buffer');
  await draft.getByText('Details').click();
  await expect(draft.locator('strong', { hasText: 'brand' })).toBeVisible();
  await expect(draft).toContainText('<script>window.hacked = true</script>');
  expect(
    await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked),
  ).toBeUndefined();

  // Field-level error, input kept.
  await page.getByRole('button', { name: 'Edit Design image' }).click();
  const edit = page.getByRole('form', { name: 'Save step' });
  await edit.getByLabel('Probability (%)').fill('150');
  await edit.getByRole('button', { name: 'Save step' }).click();
  await expect(edit.getByText('Use a percentage from 0 to 100.')).toBeVisible();
  await expect(edit.getByLabel('Probability (%)')).toHaveValue('150');
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // Deleting asks first and can be undone from its toast: the step comes back in its place.
  await page.getByRole('button', { name: 'More actions for Design image' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete step' }).click();
  await expect(stepTitles(page)).toHaveText(['Schedule post', 'Draft post']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored “Design image”.')).toBeVisible();
  await expect(stepTitles(page)).toHaveText(['Schedule post', 'Draft post', 'Design image']);
  await page.reload();
  await expect(stepTitles(page)).toHaveText(['Schedule post', 'Draft post', 'Design image']);

  // Search finds the step from anywhere and jumps to it.
  await page.getByRole('link', { name: 'Business' }).first().click();
  await page.getByRole('combobox', { name: /Search/ }).fill('brand template');
  await expect(page.getByRole('option').first()).toContainText('Draft post');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/processes\/[^/]+#step-/);
  await expect(page.getByRole('heading', { level: 1, name: /Post weekly update/ })).toBeVisible();

  // The history of the process records it.
  await expect(page.getByRole('list', { name: 'Process history' })).toContainText(
    'edited the step “Draft post”',
  );

  // The process exports as a Markdown SOP.
  const sop = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export as Markdown SOP' }).click();
  const sopText = fs.readFileSync((await (await sop).path())!, 'utf8');
  expect(sopText).toContain('# Post weekly update');
  expect(sopText).toContain('Client has not approved by Thursday');

  // Export the whole team as JSON and import it again: everything appears a second time.
  await page.getByRole('link', { name: 'Business' }).first().click();
  const exported = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export JSON' }).click();
  const file = await (await exported).path();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  const fileInput = page.getByLabel('Opslens JSON file');
  // The input is enabled once the page is interactive; a file set before that would be missed.
  await expect(fileInput).toBeEnabled();
  await fileInput.setInputFiles(file!);
  await page.getByRole('button', { name: 'Check file' }).click();
  await expect(
    page.getByText('The file is valid and would add 2 systems, 1 process, 3 steps and 1 what-if.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('The business, zoomed out')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Systems' }).getByRole('link', { name: 'Marketing' }),
  ).toHaveCount(2);
});

/** Resolves once `count` step reorders have been answered by the server, each successfully. */
function savesOfReorder(page: Page, count: number) {
  let seen = 0;
  return page.waitForResponse((response) => {
    if (!response.url().includes('step.reorder')) return false;
    expect(response.ok()).toBe(true);
    return ++seen === count;
  });
}
