import { STARTER_TEXTS } from '../../shared/consent/consent-starter-texts';
import { checkScreen } from './calendar-screen-check';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import { callOk, openClientTab } from './goals-support';

test('a scan of a consent signed on paper is seen in the app, a picture shown from memory; a PDF scan not offered', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  await callOk(app, 'practice:update', { clinicianName: 'Dr Ana Ríos', practiceName: 'Harbour Street' });
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
  await callOk(app, 'consent:saveTemplate', {
    kind: 'informed-consent',
    ...STARTER_TEXTS['informed-consent'],
  });
  const templates = await callOk(app, 'consent:saveTemplate', {
    kind: 'telehealth',
    ...STARTER_TEXTS.telehealth,
  });
  const consent = templates.find((t) => t.kind === 'informed-consent');
  const telehealth = templates.find((t) => t.kind === 'telehealth');

  // Real files, made by the browser itself: a PNG of a signed page drawn on a canvas, and a
  // one-page PDF. The PNG comes from the canvas, not a screenshot: capturing a second tab's
  // screen failed under load in CI ("Unable to capture screenshot").
  const maker = await page.context().newPage();
  await maker.setContent(
    '<body style="margin:0;background:#fff;font:20px serif"><p style="padding:24px">I agree to start therapy.<br><br>Signed: <i>M. Haddad</i></p></body>',
  );
  const png = await maker.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 420;
    canvas.height = 300;
    const ink = canvas.getContext('2d')!;
    ink.fillStyle = '#fff';
    ink.fillRect(0, 0, 420, 300);
    ink.fillStyle = '#000';
    ink.font = '20px serif';
    ink.fillText('I agree to start therapy.', 24, 48);
    ink.font = 'italic 20px serif';
    ink.fillText('Signed: M. Haddad', 24, 120);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  });
  const pdf = (await maker.pdf({ width: '420px', height: '300px' })).toString('base64');
  await maker.close();
  const signedOn = new Date().toISOString().slice(0, 10);
  for (const [template, scan] of [
    [consent!, { type: 'image/png', base64: png }],
    [telehealth!, { type: 'application/pdf', base64: pdf }],
  ] as const) {
    await callOk(app, 'consent:sign', {
      clientId,
      templateId: template.id,
      kind: template.kind,
      signedOn,
      method: 'paper',
      signerName: 'Mariam Haddad',
      scan,
    });
  }

  await openClientTab(page, 'Mariam Haddad', 'Overview');
  const card = page.getByRole('region', { name: 'Consent and agreements' });
  const consentRow = card.getByRole('listitem').filter({ hasText: 'Informed consent to treatment' });
  await consentRow.getByRole('button', { name: 'See the scan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan of the signed paper' });
  const picture = dialog.getByRole('img', { name: /Scan of the signed paper/ });
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect
    .poll(() =>
      picture.evaluate(
        (img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth,
      ),
    )
    .toBe(420);
  await checkScreen(page, 'consent-scan-picture');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // A PDF scan is kept, and not offered here: the browser's viewer is not loaded in the window.
  const telehealthRow = card.getByRole('listitem').filter({ hasText: 'Telehealth' });
  await expect(telehealthRow.getByRole('button', { name: 'Print…' })).toBeVisible();
  await expect(telehealthRow.getByRole('button', { name: 'See the scan…' })).toHaveCount(0);
});
