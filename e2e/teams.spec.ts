import { expect, test, type Browser } from './support/test';
import { PASSWORD, signUpWithTeam, uniqueEmail } from './support/accounts';

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('the owner invites a teammate, who signs up from the link and lands in the team; the owner changes their role and cost', async ({
  page,
  browser,
}) => {
  const ownerEmail = uniqueEmail('owner');
  await signUpWithTeam(page, { name: 'Olga Owner', email: ownerEmail, team: 'Invite Flow Ltd' });
  const teamPath = new URL(page.url()).pathname;

  await page.getByRole('link', { name: 'Members' }).first().click();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  const mateEmail = uniqueEmail('mate');
  await page.getByLabel('Email').fill(mateEmail);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  expect(link).toContain('/invite/');
  await expect(page.getByTestId(`invitation-${mateEmail}`)).toBeVisible();

  // The teammate, in a browser of their own.
  const mate = await newPage(browser);
  await mate.page.goto(link);
  await expect(
    mate.page.getByRole('heading', { name: 'Join Invite Flow Ltd on Opslens' }),
  ).toBeVisible();
  await mate.page.getByRole('link', { name: 'Create an account to join' }).click();
  await expect(mate.page.getByLabel('Work email')).toHaveValue(mateEmail);
  await mate.page.getByLabel('Your name').fill('Matt Mate');
  await mate.page.getByLabel('Password').fill(PASSWORD);
  await mate.page.getByRole('button', { name: 'Create account' }).click();
  await expect(mate.page).toHaveURL(new RegExp(`${teamPath}$`));
  await expect(mate.page.getByTestId('current-team')).toHaveText('Invite Flow Ltd');

  // The link is used up.
  await mate.page.goto(link);
  await expect(mate.page.getByRole('link', { name: /You are a member/ })).toBeVisible();

  // The owner sees them, and changes role and cost.
  await page.reload();
  await expect(page.getByTestId(`invitation-${mateEmail}`)).toHaveCount(0);
  const row = page.getByTestId(`member-${mateEmail}`);
  await expect(row).toContainText('Matt Mate');
  // The row's controls are live once its buttons are enabled (after hydration).
  await expect(row.getByRole('button', { name: 'Remove' })).toBeEnabled();
  // Choosing a role saves it; a typed cost saves on Enter (or on leaving the field).
  await row.getByLabel('Role of Matt Mate').selectOption('admin');
  await expect(row.getByRole('status')).toHaveText('✓ Saved');
  await row.getByLabel(/Hourly cost of Matt Mate/).fill('45');
  await expect(row.getByRole('status')).toHaveText('');
  await row.getByLabel(/Hourly cost of Matt Mate/).press('Enter');
  await expect(page.getByText('Saved Matt Mate.')).toBeVisible();
  await expect(row.getByRole('status')).toHaveText('✓ Saved');
  await page.reload();
  await expect(row.getByLabel('Role of Matt Mate')).toHaveValue('admin');
  await expect(row.getByLabel(/Hourly cost of Matt Mate/)).toHaveValue('45');

  // The teammate, now an admin, sees the activity page with what happened.
  await mate.page.goto(`${teamPath}/activity`);
  await expect(mate.page.getByRole('list', { name: 'Activity log' })).toContainText(
    "changed Matt Mate's role member → admin",
  );
  await expect(mate.page.getByRole('list', { name: 'Activity log' })).toContainText(
    'joined as member',
  );
  await mate.context.close();
});

test('a user of another team gets a not-found page, not the data', async ({ page, browser }) => {
  await signUpWithTeam(page, {
    name: 'Priya Private',
    email: uniqueEmail('private'),
    team: 'Secret Recipes Co',
  });
  const teamPath = new URL(page.url()).pathname;

  const other = await newPage(browser);
  await signUpWithTeam(other.page, {
    name: 'Nosy Neighbour',
    email: uniqueEmail('nosy'),
    team: 'Neighbour Co',
  });
  for (const path of [
    teamPath,
    `${teamPath}/members`,
    `${teamPath}/settings`,
    `${teamPath}/activity`,
  ]) {
    const res = await other.page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(other.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(other.page.getByText('Secret Recipes Co')).toHaveCount(0);
    await expect(other.page.getByText('Priya Private')).toHaveCount(0);
  }
  // The downloads too: to the other team a not-found, signed out a refusal, never the file.
  await page.getByRole('button', { name: '+ New system' }).click();
  await page.getByLabel('System name').fill('Sauces');
  await page.getByRole('button', { name: 'Create system' }).click();
  await page.getByRole('link', { name: 'Sauces' }).click();
  await page.getByRole('button', { name: '+ New process' }).click();
  await page.getByLabel('Process name').fill('Secret sauce');
  await page.getByRole('button', { name: 'Create process' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Secret sauce/ })).toBeVisible();
  const processPath = new URL(page.url()).pathname;
  const signedOut = await browser.newContext();
  const downloads = [
    `${teamPath}/export.json`,
    `${teamPath}/report/export.csv`,
    `${teamPath}/report/export.json`,
    `${processPath}/sop`,
  ];
  for (const path of downloads) {
    // The owner gets the file…
    expect((await page.request.get(path)).status(), path).toBe(200);
    // …another team's user a not-found with none of it…
    const nosy = await other.page.request.get(path);
    expect(nosy.status(), path).toBe(404);
    expect(await nosy.text(), path).not.toMatch(/Secret (Recipes|sauce)|Sauces|Priya/);
    // …and a signed-out visitor nothing either.
    const anonymous = await signedOut.request.get(path, { maxRedirects: 0 });
    expect([401, 404, 307], path).toContain(anonymous.status());
    expect(await anonymous.text(), path).not.toMatch(/Secret (Recipes|sauce)|Sauces|Priya/);
  }
  await signedOut.close();
  await other.context.close();
});

test('a user creates a second team from the switcher and switches between teams', async ({
  page,
}) => {
  await signUpWithTeam(page, {
    name: 'Sam Switch',
    email: uniqueEmail('switch'),
    team: 'First Firm',
  });
  await page.getByRole('button', { name: /Switch team/ }).click();
  await page.getByRole('link', { name: '+ Create a team' }).click();
  await page.getByLabel('Business name').fill('Second Shop');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(/\/t\/second-shop/);
  await expect(page.getByTestId('current-team')).toHaveText('Second Shop');

  await page.getByRole('button', { name: /Switch team/ }).click();
  await page.getByRole('link', { name: /First Firm/ }).click();
  await expect(page).toHaveURL(/\/t\/first-firm/);
  await expect(page.getByTestId('current-team')).toHaveText('First Firm');
});

test('settings refuse bad values field by field and save good ones', async ({ page }) => {
  await signUpWithTeam(page, {
    name: 'Sally Settings',
    email: uniqueEmail('settings'),
    team: 'Settings Studio',
  });
  await page.getByRole('link', { name: 'Settings', exact: true }).first().click();
  await expect(page.getByLabel('Analysis horizon (years)')).toHaveValue('5');

  await page.getByLabel('Working days per week').fill('9');
  await page.getByLabel('Currency').fill('ZZ');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Use a value from 1 to 7 days.')).toBeVisible();
  await expect(page.getByText('Use a 3-letter currency code, like USD, EUR or GBP.')).toBeVisible();

  await page.getByLabel('Working days per week').fill('4');
  await page.getByLabel('Currency').fill('eur');
  await page.getByLabel('Analysis horizon (years)').fill('3');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Analysis horizon (years)')).toHaveValue('3');
  await expect(page.getByLabel('Currency')).toHaveValue('EUR');
});

test('the last owner cannot leave and is told why', async ({ page }) => {
  const email = uniqueEmail('lastowner');
  await signUpWithTeam(page, { name: 'Lonely Owner', email, team: 'Solo Shop' });
  await page.getByRole('link', { name: 'Members' }).first().click();
  await page.getByTestId(`member-${email}`).getByRole('button', { name: 'Leave team' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave team' }).click();
  await expect(
    page.getByText('You are the last owner: make another member an owner before you leave.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/members$/);
});
