import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { pdfText, squash } from '../unit/support/pdf-tools';
import { checkScreen } from './calendar-screen-check';
import { expect, makeTempDir, test } from './fixtures';
import { createAndOpenVault } from './flows';
import { callOk, drawSignature, openClientTab } from './goals-support';

test('consent written in Settings from the example, signed by drawing and by typed name, each printed; the blank packet printed; intake finished only with a reason', async ({
  openApp,
}) => {
  const saveDir = makeTempDir();
  const printer = new ChromiumSummaryPrinter();
  const offered: string[] = [];
  const app = await openApp({
    summaryExport: {
      printer,
      choosePath: async (suggested) => {
        offered.push(suggested);
        return join(saveDir, `${offered.length}-${suggested}`);
      },
    },
  });
  try {
    const { page } = app;
    await createAndOpenVault(page);
    await callOk(app, 'practice:update', {
      clinicianName: 'Dr Ana Ríos',
      practiceName: 'Harbour Street Counselling',
      phone: '+61 2 9000 5555',
    });
    const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });

    // Settings → Consent documents: the informed consent and the release, from the examples.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    const documents = page.getByRole('region', { name: 'Consent documents' });
    await documents.getByRole('button', { name: /Informed consent to treatment/ }).click();
    const consentForm = documents.getByRole('form', { name: 'Template: informed-consent' });
    await consentForm.getByRole('button', { name: 'Use the example text' }).click();
    await expect(consentForm.getByRole('textbox', { name: 'Title' })).toHaveValue('Consent to therapy');
    // An unknown field is refused by name, under the text.
    const body = consentForm.getByRole('textbox', { name: 'Text the client reads' });
    await body.fill('I, {{client.fullname}}, agree.');
    await consentForm.getByRole('button', { name: 'Save template' }).click();
    await expect(consentForm.getByText(/does not know \{\{client\.fullname\}\}/)).toBeVisible();
    await consentForm.getByRole('button', { name: 'Use the example text' }).click();
    await consentForm.getByRole('button', { name: 'Save template' }).click();
    await expect(
      documents.getByRole('button', { name: /Informed consent to treatment.*Version 1/ }),
    ).toBeVisible();
    await documents.getByRole('button', { name: /Release of information/ }).click();
    const releaseForm = documents.getByRole('form', { name: 'Template: release-of-information' });
    await releaseForm.getByRole('button', { name: 'Use the example text' }).click();
    await releaseForm.getByRole('button', { name: 'Save template' }).click();
    await expect(documents.getByRole('button', { name: /Release of information.*Version 1/ })).toBeVisible();
    await checkScreen(page, 'consent-settings', documents);

    // The blank packet.
    await documents.getByRole('button', { name: 'Print intake packet…' }).click();
    const packetDialog = page.getByRole('dialog', { name: 'Print the blank intake packet' });
    await packetDialog.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(packetDialog).toBeHidden({ timeout: 120_000 });
    await expect(documents.getByRole('status').last()).toContainText('intake-packet-');
    const packet = join(saveDir, `1-${offered[0]!}`);
    expect(offered[0]).toMatch(/^intake-packet-\d{4}-\d{2}-\d{2}\.pdf$/);
    const packetText = squash(pdfText(packet).stdout);
    for (const line of [
      'Intake questions',
      'Emergency contact',
      'Consent to therapy',
      'Release of information',
    ]) {
      expect(packetText).toContain(squash(line));
    }

    // The client's overview: nothing signed yet; the consent signed by drawing.
    await openClientTab(page, 'Mariam Haddad', 'Overview');
    const card = page.getByRole('region', { name: 'Consent and agreements' });
    await expect(card).toContainText('Informed consent to treatment');
    await expect(card).toContainText('Not signed');
    await checkScreen(page, 'consent-card-missing');
    await card.getByRole('button', { name: 'Ask to sign', exact: true }).click();
    const choose = page.getByRole('dialog', { name: 'Ask the client to sign' });
    await choose.getByRole('button', { name: 'Show the document' }).click();
    const signing = page.getByRole('dialog', { name: 'Read and sign' });
    await expect(signing.getByRole('document')).toContainText(
      'I, Mariam Haddad, agree to start therapy with Dr Ana Ríos at Harbour Street Counselling.',
    );
    await signing.getByRole('textbox', { name: 'Name of the person signing' }).fill('Mariam Haddad');
    await drawSignature(page);
    await checkScreen(page, 'consent-signing-drawn');
    await signing.getByRole('button', { name: 'Sign' }).click();
    await expect(signing).toBeHidden();
    await expect(card).toContainText(/Signed \d{1,2} \w+ \d{4}/);

    // A release, signed with a typed name.
    await card.getByRole('button', { name: 'Ask to sign…' }).click();
    await choose.getByRole('button', { name: /Informed consent to treatment/ }).click();
    await page.getByRole('option', { name: 'Release of information' }).click();
    await choose
      .getByRole('textbox', { name: 'Who the information goes to' })
      .fill('Dr Osei, Hill Street Surgery');
    await choose.getByRole('group', { name: 'Release ends on' }).getByRole('spinbutton').first().focus();
    await page.keyboard.type('30092027');
    await choose.getByRole('button', { name: 'Show the document' }).click();
    await expect(signing.getByRole('document')).toContainText('Dr Osei, Hill Street Surgery');
    await signing.getByText('Type your name', { exact: true }).click();
    await signing.getByRole('textbox', { name: 'Your full name, typed by you' }).fill('Mariam Haddad');
    await checkScreen(page, 'consent-signing-typed');
    await signing.getByRole('button', { name: 'Sign' }).click();
    await expect(signing).toBeHidden();
    await expect(card).toContainText('Release of information to Dr Osei, Hill Street Surgery');
    await checkScreen(page, 'consent-card-signed');

    // Each printed and read back.
    const printButtons = card.getByRole('button', { name: 'Print…' });
    for (const [i, expected] of [
      [
        0,
        [
          'Consent to therapy',
          'Signed by Mariam Haddad',
          'Signed by drawing on screen',
          'Template version 1',
        ],
      ],
      [
        1,
        [
          'Release of information',
          'Released to: Dr Osei, Hill Street Surgery',
          'Signed by typing their name',
        ],
      ],
    ] as const) {
      await printButtons.nth(i).click();
      const dialog = page.getByRole('dialog', { name: 'Print the signed document' });
      await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
      await expect(dialog).toBeHidden({ timeout: 120_000 });
      const name = offered.at(-1)!;
      expect(name).toMatch(/^signed-document-\d{4}-\d{2}-\d{2}\.pdf$/);
      const file = join(saveDir, `${offered.length}-${name}`);
      expect(existsSync(file)).toBe(true);
      const text = squash(pdfText(file).stdout);
      for (const line of expected) expect(text).toContain(squash(line));
    }

    // The informed consent is signed, so the intake finishes without being asked why.
    const { id: other } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Tomás Ruiz' });
    await openClientTab(page, 'Tomás Ruiz', 'Intake');
    await page.getByRole('button', { name: 'Start intake' }).click();
    await page.getByRole('button', { name: 'Finish intake' }).click();
    const reason = page.getByRole('form', { name: 'Finish without a signed consent' });
    await expect(reason).toContainText('has not signed the informed consent');
    await checkScreen(page, 'consent-intake-reason');
    await reason
      .getByRole('textbox', { name: 'Why the intake is complete without it' })
      .fill('Signed on paper at the first session');
    await reason.getByRole('button', { name: 'Finish without a signed consent' }).click();
    await expect(page.getByText('The intake is complete and saved.')).toBeVisible();
    const view = await callOk(app, 'consent:forClient', { clientId: other });
    expect(view.waiver).toMatchObject({ reason: 'Signed on paper at the first session' });
    expect((await callOk(app, 'consent:forClient', { clientId })).documents).toHaveLength(2);
  } finally {
    await printer.close();
  }
});
