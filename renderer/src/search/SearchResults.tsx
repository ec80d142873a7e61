import { useId } from 'react';
import { Button } from 'react-aria-components';
import { formatShortDate } from '../../../shared/dates/format-date';
import { useOpenNote } from '../notes/use-open-note';
import { Icon } from '../ui/Icon';
import type { ClientHits } from './group-hits';
import { Snippet } from './Snippet';
import { UserText } from '../ui/UserText';

function ClientGroup({ group }: { group: ClientHits }) {
  const headingId = useId();
  const openNote = useOpenNote();
  return (
    <section className="search-group" aria-labelledby={headingId}>
      <h2 className="search-group__name" id={headingId}>
        <UserText inline text={group.chosenName} />
        <span className="search-group__count">
          {group.hits.length} {group.hits.length === 1 ? 'note' : 'notes'}
        </span>
      </h2>
      <ul className="search-group__hits">
        {group.hits.map((hit) => (
          <li key={hit.noteId}>
            <Button className="search-hit" onPress={() => openNote(hit.clientId, hit.noteId)}>
              <span className="search-hit__meta">
                {formatShortDate(hit.sessionDate)} · {hit.format}
                {hit.signatureChanged && (
                  <span className="search-hit__changed">
                    <Icon name="alert" size={16} /> Changed after signing
                  </span>
                )}
              </span>
              <Snippet pieces={hit.snippet} />
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Search results under each client's name; choosing one opens that note. A signed note that no longer matches its fingerprint says so. */
export function SearchResults({ groups }: { groups: readonly ClientHits[] }) {
  return (
    <div className="search-results">
      {groups.map((group) => (
        <ClientGroup key={group.clientId} group={group} />
      ))}
    </div>
  );
}
