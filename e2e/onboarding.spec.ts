import { signUpWithTeam, uniqueEmail } from './support/accounts';
import { expect, test } from './support/test';

test('a new team: the first-run checklist, a starter template, then deleting the team', async ({
  page,
}) => {
  await signUpWithTeam(page, { name: 'Nora New', email: uniqueEmail('new'), team: 'Nora Studio' });

  // The checklist says where to start; only naming the business is done.
  const checklist = page.getByRole('region', { name: 'Get started' });
  const item = (title: string) =>
    checklist.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
  await expect(checklist).toContainText('1 of 6 done');
  await expect(item('Add a system')).toContainText('To do');

  // A starter template goes in as drafts to edit; the checklist moves on.
  await page.getByRole('checkbox', { name: /Client intake/ }).check();
  await page.getByRole('button', { name: 'Add selected' }).click();
  await expect(page.getByRole('link', { name: 'Client intake', exact: true })).toBeVisible();
  await expect(item('Add a system')).toContainText('Done');
  await expect(page.getByRole('checkbox', { name: /Client intake/ })).toBeDisabled();

  // The owner deletes the team, typing its name; with no other team, they name a new business.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const danger = page.getByRole('form', { name: 'Delete this team' });
  await expect(danger.getByRole('link', { name: /Download everything first/ })).toBeVisible();
  const remove = danger.getByRole('button', { name: 'Delete this team' });
  await danger.getByLabel('Type Nora Studio to confirm').fill('Nora');
  await expect(remove).toBeDisabled();
  await danger.getByLabel('Type Nora Studio to confirm').fill('Nora Studio');
  await remove.click();
  await expect(page.getByRole('heading', { name: 'Name your business' })).toBeVisible();
});
