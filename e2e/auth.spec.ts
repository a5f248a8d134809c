import { expect, test } from './support/test';
import { PASSWORD, signIn, signUpWithTeam, uniqueEmail } from './support/accounts';

test('sign up, name the business, land on the team home; sign out and back in', async ({
  page,
}) => {
  const email = uniqueEmail('founder');
  await signUpWithTeam(page, { name: 'Fiona Founder', email, team: 'Fiona’s Bakery' });

  // The team's URL carries its slug; the header shows the team and the user.
  // A slug taken by an earlier run gets a number: -2, -3…
  await expect(page).toHaveURL(/\/t\/fiona-s-bakery(-\d+)?$/);
  await expect(page.getByTestId('current-team')).toHaveText('Fiona’s Bakery');
  await expect(page.getByTestId('current-user')).toContainText('Fiona Founder');
  await expect(page.getByText('The business, zoomed out')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await signIn(page, email.toUpperCase());
  // A slug taken by an earlier run gets a number: -2, -3…
  await expect(page).toHaveURL(/\/t\/fiona-s-bakery(-\d+)?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Fiona’s Bakery' })).toBeVisible();
});

test('a wrong password shows the same clear message as an unknown email', async ({ page }) => {
  const email = uniqueEmail('wrongpw');
  await signUpWithTeam(page, { name: 'Walt', email, team: 'Walt Works' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email, 'not the password');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, uniqueEmail('nobody'), PASSWORD);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }),
  ).toBeVisible();

  // Five wrong passwords from this browser's address lock it out of the account for a while.
  for (let i = 2; i <= 5; i++) await signIn(page, email, `guess ${i}`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Try again in 15 minutes.' }),
  ).toContainText('Too many failed sign-ins for this email.');
});

test('a signed-out visit to a team page goes to sign in, then back to that page', async ({
  page,
}) => {
  const email = uniqueEmail('return');
  await signUpWithTeam(page, { name: 'Rita', email, team: 'Return Trip' });
  const teamUrl = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto(teamUrl);
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(teamUrl)}`));
  await signIn(page, email);
  await expect(page).toHaveURL(new RegExp(`${teamUrl}$`));
});

test('sign-up shows field-level messages for bad input', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Shorty');
  await page.getByLabel('Work email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('signing up with an email that has an account reveals nothing and changes nothing', async ({
  page,
}) => {
  const email = uniqueEmail('taken');
  await signUpWithTeam(page, { name: 'First', email, team: 'Taken Co' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Second');
  await page.getByLabel('Work email').fill(email.toUpperCase());
  await page.getByLabel('Password').fill('somebody else entirely');
  await page.getByRole('button', { name: 'Create account' }).click();
  // The same words a new address would get if its sign-in failed: no "already exists".
  await expect(page.getByText(/We could not sign you in with these details/)).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  // The first account still signs in with its own password.
  await page.goto('/sign-in');
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Taken Co' })).toBeVisible();
});

test('"Try the demo" signs in to the demo team', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/t\/northwind-creative$/);
  await expect(page.getByTestId('current-team')).toHaveText('Northwind Creative');
});

test('the profile page renames the user and changes their password', async ({ page }) => {
  const email = uniqueEmail('profile');
  await signUpWithTeam(page, { name: 'Pat Profile', email, team: 'Profile Works' });
  await page.getByRole('link', { name: /Pat Profile/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('Patricia Profile');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('current-user')).toContainText('Patricia Profile');

  // A wrong current password is refused on its field; the right one changes it.
  await page.getByLabel('Current password').fill('not the password');
  await page.getByLabel('New password').fill('a new long password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('That is not your current password.')).toBeVisible();
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  // The change ends every session, this one too: sign in again with the new password.
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, email, PASSWORD);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }),
  ).toBeVisible();
  await signIn(page, email, 'a new long password');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile Works' })).toBeVisible();
});
