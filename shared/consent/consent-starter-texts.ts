import type { ConsentKind } from './consent-kinds';

/** Shown above every starter text in Settings, and kept out of what the client signs. */
export const STARTER_TEXT_NOTICE =
  'These are examples written for Rapport, not legal advice. The law on consent, records and ' +
  'privacy differs from place to place: adapt each text to your jurisdiction and professional ' +
  'code before you use it with clients.';

/**
 * Example texts in plain words, for the clinician to rewrite as their own. Each begins with a line
 * saying it is an example, so one saved unchanged still says so to whoever reads it.
 */
export const STARTER_TEXTS: Record<ConsentKind, { title: string; body: string }> = {
  'informed-consent': {
    title: 'Consent to therapy',
    body: `[Example text: adapt it to your jurisdiction before use.]

I, {{client.name}}, agree to start therapy with {{clinician.name}} at {{practice.name}}.

What therapy involves: we meet to talk about what brings me here, agree goals together and review them. Therapy can help, and it can also bring up difficult feelings for a while. I can ask questions about the approach at any time.

Confidentiality: what I say stays between us, with some exceptions the law sets, such as a serious risk to my safety or someone else's, the protection of a child or vulnerable adult, or a court order. Where I can, I will be told first.

Records: my therapist keeps notes of our sessions, stored securely, and I can ask to see them.

Ending: I can stop therapy at any time. My therapist will talk with me about ending or a referral if therapy is not helping.

Emergencies: my therapist is not an emergency service. In an emergency I call the emergency number or go to the nearest emergency department.

Signed on {{today}}.`,
  },
  'policies-fees': {
    title: 'Practice policies and fees',
    body: `[Example text: adapt it to your jurisdiction before use.]

Fees: a session costs {{fee.client}}. Payment is due at each session unless we agree otherwise.

Cancellations: please give at least 24 hours' notice to cancel or move a session. A session missed or cancelled later may be charged in full.

Contact between sessions: messages to {{practice.phone}} are for arranging sessions. They are read during working hours and are not for emergencies.

Lateness: a session starts and ends at the agreed time, even if it starts late.

I, {{client.name}}, have read these policies and agree to them on {{today}}.`,
  },
  telehealth: {
    title: 'Consent to sessions by video or phone',
    body: `[Example text: adapt it to your jurisdiction before use.]

I, {{client.name}}, agree that some or all sessions with {{clinician.name}} may take place by video or phone.

I will join from a private place where I cannot be overheard, and tell my therapist where I am at the start of each session, so help can be sent if needed.

If the connection fails, my therapist will call me back on the number I have given. Sessions are not recorded by either of us.

Video and phone sessions carry some risks to privacy that meeting in person does not, even with secure tools.

Signed on {{today}}.`,
  },
  'privacy-notice': {
    title: 'Privacy notice acknowledgement',
    body: `[Example text: adapt it to your jurisdiction before use.]

I, {{client.name}}, have been given the privacy notice of {{practice.name}}. It explains what information is kept about me, why, for how long, who it may be shared with and my rights to see and correct it.

I have had the chance to ask questions about it.

Signed on {{today}}.`,
  },
  'release-of-information': {
    title: 'Release of information',
    body: `[Example text: adapt it to your jurisdiction before use.]

I, {{client.legalName}}, born {{client.dateOfBirth}}, allow {{clinician.name}} of {{practice.name}} to share information about my therapy with:

{{release.recipient}}

What may be shared: dates of attendance and a summary of progress, unless I say otherwise here.

This permission ends on {{release.expiresOn}}. I can withdraw it earlier, in writing, at any time; information already shared cannot be taken back.

Signed on {{today}}.`,
  },
};
