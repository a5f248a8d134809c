import { expect, test, type Page } from './support/test';

// A phone held upright: every main page must fit it, with the header's menu in place of the row.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Elements sticking out past the right edge, for a message that says where to look. */
async function overflow(
  page: Page,
): Promise<{ scroll: number; width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      // Inside a box that scrolls or clips on its own (a wide table), it moves no page.
      const clipped = (node: Element | null): boolean => {
        for (let a = node?.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return true;
        }
        return false;
      };
      // …unless it is positioned: then the box clips it only if the box is positioned too.
      const escapes = getComputedStyle(el).position === 'absolute';
      if (r.width > 0 && r.right > width + 1 && (escapes || !clipped(el))) {
        // Only the outermost offender: its children stick out because it does.
        const parent = el.parentElement?.getBoundingClientRect();
        if (parent && parent.right > width + 1) continue;
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ').slice(0, 3).join('.')}`;
        culprits.push(`${name} (right ${Math.round(r.right)})`);
      }
    }
    return { scroll: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 5) };
  });
}

async function expectNoSidewaysScroll(page: Page, name: string) {
  const o = await overflow(page);
  expect(o.scroll, `${name} scrolls sideways: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(
    o.width,
  );
}

test('every main page fits a 390 px phone, and the header folds into a menu', async ({ page }) => {
  await page.goto('/sign-in');
  await expectNoSidewaysScroll(page, 'sign-in');
  await page.goto('/sign-up');
  await expectNoSidewaysScroll(page, 'sign-up');
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/t\/northwind-creative$/);
  await expect(page.getByText('The business, zoomed out')).toBeVisible();
  await expectNoSidewaysScroll(page, 'business');

  // The row of sections is folded away; the menu holds them, search and the account.
  const rowNav = page.getByRole('navigation', { name: 'Team', exact: true });
  await expect(rowNav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  const menuNav = page.getByRole('navigation', { name: 'Team (menu)' });
  await expect(menuNav.getByRole('link', { name: 'Report' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'business with the menu open');
  await page.keyboard.press('Escape');
  await expect(menuNav).toBeHidden();
  await expect(menu).toBeFocused();

  await page.getByRole('link', { name: 'Accounts receivable' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts receivable' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'system');
  await page.locator('table a').first().click();
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'process');

  for (const [link, heading] of [
    ['Report', 'Streamlining report'],
    ['My assignments', 'My assignments'],
    ['Team assignments', 'Team assignments'],
    ['Capacity', 'Capacity'],
    ['Members', 'Members'],
    ['Settings', 'Settings'],
    ['Activity', 'Activity'],
  ] as const) {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Team (menu)' })
      .getByRole('link', { name: link })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Team (menu)' })).toBeHidden();
    await expectNoSidewaysScroll(page, link);
  }

  // The account is in the menu too: the profile page fits as well.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: /Dana Demo/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'profile');
});
