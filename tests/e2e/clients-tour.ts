/**
 * Walks through every clients and intake screen and dialog, calling `visit` on each once it is
 * fully shown. Shared by the accessibility and screenshot tests for these screens.
 */
import { expect, type Page } from '@playwright/test';
import { emptyIntake, type Intake } from '../../shared/clients/intake-schema';
import type { LaunchedApp } from './harness';
import { createAndOpenVault, goTo } from './flows';
import { callMain, openClient, openTab, SCRIPT_NAMES, seedClient } from './clients-support';

export type ClientScreen =
  | 'clients-list'
  | 'clients-archived'
  | 'new-enquiry'
  | 'new-enquiry-invalid'
  | 'client-overview'
  | 'intake-identity'
  | 'intake-risk'
  | 'intake-cultural'
  | 'intake-invalid'
  | 'intake-read'
  | 'intake-draft'
  | 'intake-history'
  | 'cultural-tab'
  | 'status-dialog'
  | 'status-changed'
  | 'home-recovery-reminder'
  | 'settings-recovery'
  | 'settings-recovery-shown';

type Visit = (screen: ClientScreen, page: Page) => Promise<void>;

/** An intake with something in every step, in several scripts, for screens that show a full record. */
export function fullIntake(chosenName: string): Intake {
  const intake = emptyIntake(chosenName);
  Object.assign(intake.identity, {
    legalName: 'Mariam Haddad',
    pronouns: 'she/her',
    dateOfBirth: '1988-04-12',
    email: 'mariam@example.org',
    preferredLanguage: 'العربية',
    interpreterNeeded: true,
    mayLeaveMessages: false,
    referralSource: 'Her GP',
  });
  intake.presenting.inOwnWords = 'I cannot sleep since we moved.\nأشعر بالوحدة هنا.';
  intake.presenting.hopes = 'To feel at home somewhere again.';
  intake.history.previousTherapy = 'Six sessions in 2019, helpful.';
  Object.assign(intake.risk, {
    suicidalThoughts: 'past',
    selfHarm: 'none',
    safetyPlan: true,
    safetyPlanDate: '2026-02-03',
  });
  intake.consent.informedConsentDate = '2026-01-20';
  intake.consent.confidentialityLimitsDiscussed = true;
  intake.fees.arrangement = 'Sliding scale, paid monthly.';
  intake.cultural.addressing.religion = {
    text: 'Muslim; prays at home more than at the mosque now.',
    preferNotToSay: false,
    relevant: true,
  };
  intake.cultural.addressing.nationalOrigin = {
    text: 'Born in Aleppo; came to Manchester in 2016.',
    preferNotToSay: false,
    relevant: true,
  };
  intake.cultural.addressing.sexualOrientation = { text: '', preferNotToSay: true, relevant: false };
  intake.cultural.formulation.definition.ownWords = 'Homesickness that became heavy.';
  intake.cultural.languages = 'Arabic at home, English at work.';
  intake.cultural.migrationHistory = 'Left Syria with her brother; parents stayed.';
  intake.cultural.humilityReflection = 'Watch my assumptions about religion and family duty.';
  return intake;
}

export async function tourClientScreens(app: LaunchedApp, visit: Visit): Promise<void> {
  const { page } = app;
  await createAndOpenVault(page);

  for (const chosenName of [
    'Ada Lindqvist',
    SCRIPT_NAMES.arabic,
    SCRIPT_NAMES.chinese,
    SCRIPT_NAMES.latin,
    SCRIPT_NAMES.devanagari,
  ]) {
    await seedClient(app, { chosenName });
  }
  const archived = await seedClient(app, { chosenName: 'Old Client' });
  await callMain(app, 'clients:changeStatus', {
    id: archived,
    status: 'archived',
    date: '2025-06-30',
    reason: 'Finished work.',
  });
  const full = await seedClient(app, { chosenName: 'Mariam' });
  await callMain(app, 'intake:save', {
    clientId: full,
    baseRevision: 0,
    markComplete: true,
    data: fullIntake('Mariam'),
  });

  await goTo(page, 'Clients');
  await expect(page.getByText('Ada Lindqvist')).toBeVisible();
  await visit('clients-list', page);
  await page.getByRole('button', { name: 'Archived' }).click();
  await expect(page.getByText('Old Client')).toBeVisible();
  await visit('clients-archived', page);
  await page.getByRole('button', { name: 'Archived' }).click();

  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('dialog', { name: 'Add client' })).toBeVisible();
  await visit('new-enquiry', page);
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('dialog').getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByText('Enter the name the client goes by.')).toBeVisible();
  await visit('new-enquiry-invalid', page);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await openClient(page, 'Ada Lindqvist');
  await visit('client-overview', page);
  await page.getByRole('button', { name: 'Start intake' }).click();
  await expect(page.getByRole('heading', { name: 'Identity and practicalities' })).toBeVisible();
  await visit('intake-identity', page);
  await page
    .getByRole('navigation', { name: 'Intake steps' })
    .getByRole('button', { name: /Risk and safety/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Risk and safety', level: 2 })).toBeVisible();
  await visit('intake-risk', page);
  await page
    .getByRole('navigation', { name: 'Intake steps' })
    .getByRole('button', { name: /Cultural background/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Cultural background', level: 2 })).toBeVisible();
  await visit('intake-cultural', page);
  await page
    .getByRole('navigation', { name: 'Intake steps' })
    .getByRole('button', { name: /Identity/ })
    .click();
  await page.getByLabel('Name they go by').fill('');
  await page.getByRole('button', { name: 'Finish intake' }).click();
  await expect(page.getByText('Some answers need a look')).toBeVisible();
  await visit('intake-invalid', page);
  await page.getByLabel('Name they go by').fill('Ada Lindqvist');
  await page.getByRole('button', { name: 'Close and keep the draft' }).click();
  await expect(page.getByText(/are waiting in a draft/)).toBeVisible();
  await visit('intake-draft', page);

  await openClient(page, 'Mariam');
  await openTab(page, 'Intake');
  await expect(page.getByText('Six sessions in 2019, helpful.')).toBeVisible();
  await visit('intake-read', page);
  await page.getByRole('radio', { name: 'History of changes' }).click();
  await expect(page.getByText('Intake changed')).toBeVisible();
  await visit('intake-history', page);
  await openTab(page, 'Culture');
  await expect(page.getByText('Born in Aleppo; came to Manchester in 2016.')).toBeVisible();
  await visit('cultural-tab', page);

  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByRole('dialog', { name: 'Change status' })).toBeVisible();
  await page.getByRole('dialog').getByText('Discharged', { exact: true }).click();
  await visit('status-dialog', page);
  await page.getByLabel('Reason').fill('Goals met; agreed ending.');
  await page.getByRole('button', { name: 'Discharge' }).click();
  await expect(page.getByText(/The record is kept until/)).toBeVisible();
  await visit('status-changed', page);
  await page.getByRole('button', { name: 'Done' }).click();
}

/** The recovery-key screens need a vault whose key was never confirmed saved: made through the router. */
export async function tourRecoveryScreens(app: LaunchedApp, passphrase: string, visit: Visit): Promise<void> {
  const { page } = app;
  await callMain(app, 'vault:create', { passphrase, confirmation: passphrase });
  await page.reload();
  await expect(page.getByText('Your recovery key is not confirmed as saved yet.')).toBeVisible();
  await visit('home-recovery-reminder', page);
  await page.getByRole('button', { name: 'Show it in Settings' }).click();
  await expect(page.getByText(/You have not yet confirmed that your recovery key is saved/)).toBeVisible();
  await visit('settings-recovery', page);
  await page.getByLabel('Your passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Show recovery key' }).click();
  await expect(page.getByTestId('recovery-key').first()).toBeVisible();
  await visit('settings-recovery-shown', page);
}
