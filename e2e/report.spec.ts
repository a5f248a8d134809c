import { expect, test, type Page } from './support/test';

// Reads the demo team's report without changing it, so it can run beside the specs that do.

async function signInToDemo(page: Page) {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/t\/northwind-creative$/);
}

/** The count in the findings heading, "Findings (81)". */
async function findingsCount(page: Page): Promise<number> {
  const heading = page.getByRole('heading', { level: 2, name: /^Findings/ });
  await expect(heading).not.toContainText('updating');
  return Number(/\((\d[\d,]*)/.exec((await heading.textContent())!)![1]!.replace(/,/g, ''));
}

test('the report pages its findings, restores filters from the URL, and zooms with the back button', async ({
  page,
}) => {
  await signInToDemo(page);

  // A view shared as a link: every step, sorted by hours. The filters read it back.
  await page.goto('/t/northwind-creative/report?action=all&review=all&sort=hours');
  await expect(page.getByLabel('Action')).toHaveValue('all');
  await expect(page.getByLabel('Sort by')).toHaveValue('hours');
  const total = await findingsCount(page);
  expect(total).toBeGreaterThan(50);

  // The first page is 25; the rest load, a page at a time, as the end of the list comes into view.
  const findings = page.getByTestId('finding');
  await expect(findings).toHaveCount(25);
  await expect(page.getByText(`25 of ${total} shown`)).toBeVisible();
  const shownLine = page.getByText(new RegExp(`^\\d+ of ${total} shown$`));
  for (let shown = 25; shown < total; shown = await findings.count()) {
    await shownLine.scrollIntoViewIfNeeded();
    await expect.poll(() => findings.count()).toBeGreaterThan(shown);
  }
  await expect(page.getByText(`${total} of ${total} shown`)).toBeVisible();
  await expect(findings).toHaveCount(total);
  // Sorted by hours per year on the server, across both pages: never rising.
  const hours = await findings.evaluateAll((cards) =>
    cards.map((c) => {
      const dd = [...c.querySelectorAll('dt')].find((d) => d.textContent === 'Hours / year');
      return Number((dd?.nextElementSibling?.textContent ?? '0').replace(/[^\d.]/g, ''));
    }),
  );
  expect(hours).toEqual([...hours].sort((a, b) => b - a));

  // A performer filter searched on the server: the URL names them, the list narrows.
  const performer = page.getByRole('combobox', { name: 'Performer' });
  await performer.click();
  await performer.fill('Sam');
  await page.getByRole('option', { name: /Sam Ortiz/ }).click();
  await expect(page).toHaveURL(/performer=/);
  const forSam = await findingsCount(page);
  expect(forSam).toBeLessThan(total);
  await expect(findings.first()).toContainText('Sam Ortiz');
  await expect(performer).toHaveValue('Sam Ortiz');

  // Back: the filter is gone again, from the URL and from the list.
  await page.goBack();
  await expect(page).not.toHaveURL(/performer=/);
  await expect(performer).toHaveValue('');
  expect(await findingsCount(page)).toBe(total);

  // Reloading keeps the view.
  await page.reload();
  await expect(page.getByLabel('Sort by')).toHaveValue('hours');

  // Zoom into a system, then back out with the browser's back button.
  await page.getByRole('link', { name: 'Accounts receivable' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Streamlining report: Accounts receivable' }),
  ).toBeVisible();
  expect(await findingsCount(page)).toBeLessThan(total);
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Streamlining report', exact: true }),
  ).toBeVisible();
  expect(await findingsCount(page)).toBe(total);
});

test('words in the title filter the findings on the server', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/t/northwind-creative/report?action=all&review=all');
  const total = await findingsCount(page);
  await page.getByLabel('Title').fill('invoice');
  await expect(page).toHaveURL(/q=invoice/);
  const matching = await findingsCount(page);
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(total);
  const titles = await page
    .getByTestId('finding')
    .evaluateAll((cards) => cards.map((c) => c.querySelector('a')?.textContent ?? ''));
  expect(titles).toHaveLength(matching);
  for (const title of titles) expect(title.toLowerCase()).toContain('invoice');
});

test('a report or download of a system that is not there is a not-found, not an error', async ({
  page,
}) => {
  await signInToDemo(page);
  const missing = '00000000-0000-4000-8000-000000000000';
  const view = await page.goto(`/t/northwind-creative/report?system=${missing}`);
  expect(view?.status()).toBe(404);
  for (const download of ['report/export.csv', 'report/export.json', 'export.json']) {
    const res = await page.request.get(`/t/northwind-creative/${download}?system=${missing}`);
    expect(res.status(), download).toBe(404);
  }
  // Ids and slugs longer than any real one are not-founds too, never a server error.
  const long = 'x'.repeat(300);
  for (const path of [
    `/t/northwind-creative/processes/${long}`,
    `/t/northwind-creative/systems/${long}`,
    `/t/northwind-creative/processes/${long}/print`,
    `/t/northwind-creative/report?system=${long}`,
    `/t/${long}`,
    '/no-such-page',
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  // An invitation link that is not one says so on its own page.
  expect((await page.goto(`/invite/${long}`))?.status()).toBeLessThan(500);
  expect((await page.request.get(`/t/northwind-creative/processes/${long}/sop`)).status()).toBe(
    404,
  );

  // And a whole download streams: the team file parses and holds the demo's systems.
  const file = await page.request.get('/t/northwind-creative/export.json');
  expect(file.headers()['content-disposition']).toMatch(/attachment; filename="opslens-/);
  const json = (await file.json()) as { format: string; systems: { name: string }[] };
  expect(json.format).toBe('opslens');
  expect(json.systems.map((s) => s.name)).toContain('Accounts receivable');
});
