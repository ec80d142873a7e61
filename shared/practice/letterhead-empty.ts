import type { Practice } from './practice-contract';

/** Nothing a letterhead prints is filled in: no name, logo, address or way to get in touch. */
export function isLetterheadEmpty(practice: Practice): boolean {
  return (
    !practice.practiceName &&
    !practice.clinicianName &&
    !practice.logo &&
    !practice.address &&
    !practice.phone &&
    !practice.email &&
    !practice.website
  );
}
