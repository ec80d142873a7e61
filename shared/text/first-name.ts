/** Home and the client mode show first names only, so whoever glances at the screen learns as little as possible. */
export function firstName(chosenName: string): string {
  return chosenName.trim().split(/\s+/)[0] ?? '';
}
