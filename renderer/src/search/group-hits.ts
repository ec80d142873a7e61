import type { SearchHit } from '../../../shared/notes/note-contract';

export interface SearchFilters {
  /** YYYY-MM-DD or '' for no bound. */
  from: string;
  to: string;
  format: string | null;
}

export interface ClientHits {
  clientId: string;
  chosenName: string;
  hits: SearchHit[];
}

export function filterHits(hits: readonly SearchHit[], filters: SearchFilters): SearchHit[] {
  return hits.filter(
    (hit) =>
      (!filters.from || hit.sessionDate >= filters.from) &&
      (!filters.to || hit.sessionDate <= filters.to) &&
      (!filters.format || hit.format === filters.format),
  );
}

/**
 * Results by client, best match first: a client's place is that of their best hit (the main side
 * ranks by relevance), and within a client the hits keep that order.
 */
export function groupByClient(hits: readonly SearchHit[]): ClientHits[] {
  const groups = new Map<string, ClientHits>();
  for (const hit of hits) {
    const group = groups.get(hit.clientId) ?? {
      clientId: hit.clientId,
      chosenName: hit.chosenName,
      hits: [],
    };
    group.hits.push(hit);
    groups.set(hit.clientId, group);
  }
  return [...groups.values()];
}
