/** A migration is plain SQL, frozen once released: it imports nothing from the app. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
