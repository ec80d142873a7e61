import { expect, test } from './fixtures';
import { createAndOpenVault, goTo } from './flows';
import { callMain, clientRows, SCRIPT_NAMES, seedClient } from './clients-support';

const FIRST = ['Ada', 'Bashir', 'Chiara', 'Dong-hyun', 'Elif', 'Farah', 'Goran', 'Hana', 'Ines', 'Jonas'];
const LAST = [
  'Lindqvist',
  'Rahimi',
  'Moretti',
  'Park',
  'Yilmaz',
  'Haddad',
  'Petrovic',
  'Sato',
  'Costa',
  'Berg',
];

test('a thousand clients: typing narrows the list, and only the rows in view are in the page', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  for (let i = 0; i < 997; i += 1) {
    await seedClient(app, { chosenName: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]} ${i + 1}` });
  }
  for (const chosenName of [SCRIPT_NAMES.latin, SCRIPT_NAMES.arabic, SCRIPT_NAMES.chinese]) {
    await seedClient(app, { chosenName });
  }

  await goTo(page, 'Clients');
  await expect(page.getByText('1000 clients')).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Clients' });
  await expect(grid).toHaveAttribute('aria-rowcount', '1001');
  const rendered = await clientRows(page).count();
  expect(rendered, 'rows in the page for 1,000 clients').toBeGreaterThan(3);
  expect(rendered, 'rows in the page for 1,000 clients').toBeLessThan(40);

  // Scrolled to the end, the last client by name is there, and the page still holds only a window of rows.
  await grid.evaluate((element: { scrollTop: number; scrollHeight: number }) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(clientRows(page).filter({ hasText: SCRIPT_NAMES.chinese })).toBeVisible();
  expect(await clientRows(page).count()).toBeLessThan(40);

  const search = page.getByLabel('Find a client');
  await search.focus();
  // How fast the list narrows is the benchmark's (ui-narrowing.ts); here, that it does.
  await page.keyboard.type('nunez');
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first()).toHaveText(new RegExp(SCRIPT_NAMES.latin));
  await expect(page.getByText('1 client', { exact: true })).toBeVisible();

  await search.fill('فاطمة');
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first()).toContainText(SCRIPT_NAMES.arabic);
  await search.fill('秀英');
  await expect(clientRows(page)).toHaveCount(1);
  await expect(clientRows(page).first()).toContainText(SCRIPT_NAMES.chinese);
  await search.fill('ada lindqvist');
  // "Ada Lindqvist 1", "… 101", "… 201" and so on to "… 901": every one of them, and nobody else.
  await expect(clientRows(page)).toHaveCount(10);
  await search.fill('Ada Lindqvist 1');
  await expect(clientRows(page)).toHaveCount(2);
  await search.fill('nobody by this name');
  await expect(page.getByText('No clients match “nobody by this name”.')).toBeVisible();
});

test('status filters keep archived clients out of the way but reachable; three sort orders', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  const ids: Record<string, string> = {};
  for (const chosenName of ['Bea Active', 'Cal Enquiry', 'Ann Paused', 'Dee Discharged', 'Eve Archived']) {
    ids[chosenName] = await seedClient(app, { chosenName });
  }
  const move = (name: string, status: 'active' | 'paused' | 'discharged' | 'archived') =>
    callMain(app, 'clients:changeStatus', { id: ids[name]!, status, date: '2026-01-15', reason: 'Test.' });
  await move('Bea Active', 'active');
  await move('Ann Paused', 'paused');
  await move('Dee Discharged', 'discharged');
  await move('Eve Archived', 'archived');

  await goTo(page, 'Clients');
  const names = () => page.getByRole('grid', { name: 'Clients' }).getByRole('rowheader').allTextContents();
  await expect(clientRows(page)).toHaveCount(4);
  expect(await names()).toEqual(['Ann Paused', 'Bea Active', 'Cal Enquiry', 'Dee Discharged']);

  await page.getByRole('radio', { name: 'Status' }).click();
  await expect.poll(names).toEqual(['Bea Active', 'Ann Paused', 'Cal Enquiry', 'Dee Discharged']);
  await page.getByRole('radio', { name: 'Recently updated' }).click();
  await expect.poll(names).toEqual(['Dee Discharged', 'Ann Paused', 'Bea Active', 'Cal Enquiry']);

  await page.getByRole('button', { name: 'Archived' }).click();
  await expect(page.getByRole('button', { name: 'Archived' })).toHaveAttribute('aria-pressed', 'true');
  await expect(clientRows(page)).toHaveCount(5);
  await expect(clientRows(page).first()).toContainText('Eve Archived');
  for (const status of ['Enquiry', 'Waitlist', 'Active', 'Paused', 'Discharged']) {
    await page.getByRole('button', { name: status, exact: true }).click();
  }
  await expect.poll(names).toEqual(['Eve Archived']);
  // The last chosen status cannot be switched off: an empty filter would only ever show nothing.
  await page.getByRole('button', { name: 'Archived' }).click();
  await expect(page.getByRole('button', { name: 'Archived' })).toHaveAttribute('aria-pressed', 'true');
});
