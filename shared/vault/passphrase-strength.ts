import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_SCORE } from './passphrase-limits';

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  warning: string;
  suggestions: string[];
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  // zxcvbn is quadratic in length; everything past 100 characters adds nothing to the estimate.
  const result = zxcvbn.check(passphrase.slice(0, 100));
  const longEnough = passphrase.length >= MIN_PASSPHRASE_LENGTH;
  const suggestions = [...result.feedback.suggestions];
  if (!longEnough) suggestions.unshift(`Use at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  return {
    score: result.score,
    acceptable: longEnough && result.score >= MIN_PASSPHRASE_SCORE,
    warning: result.feedback.warning ?? '',
    suggestions,
  };
}
