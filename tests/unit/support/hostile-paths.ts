import fc from 'fast-check';

/**
 * Paths built from the pieces that escape a folder on one system or another (dot segments, their
 * encodings, both separators, drive letters, NUL, stray percent signs), and any string at all.
 */
export const hostilePath = fc.oneof(
  fc
    .array(
      fc.constantFrom('..', '.', '%2e%2e', '.%2e', '%2f', '%5c', '\\', '/', '//', 'a', 'C:', '%00', '%', '~'),
      {
        maxLength: 12,
      },
    )
    .map((pieces) => pieces.join('')),
  fc.string(),
);
