import type { CSSProperties, ReactNode } from 'react';
import {
  Cell,
  Collection,
  Column,
  Link,
  Row,
  Table,
  TableBody,
  TableHeader,
  TableLayout,
  TableLoadMoreItem,
  Virtualizer,
} from 'react-aria-components';
import type { AuditEntryView } from '../../../shared/audit/audit-contract';
import { useNavigate } from '../navigation/routes';
import { Spinner } from '../ui/Spinner';
import { actionWords, detailWords, recordKindWords, shortId } from './audit-words';
import '../ui/data-table.css';
import { dateFormat } from '../../../shared/dates/app-locale';

const ROW_HEIGHT = 60;
const HEADING_HEIGHT = 44;
const WHEN = { dateStyle: 'medium', timeStyle: 'medium' } as const;

function RecordCell({ entry }: { entry: AuditEntryView }) {
  const navigate = useNavigate();
  if (!entry.entity) return <span className="muted">—</span>;
  const kind = recordKindWords(entry.entity);
  if (!entry.entityId) return <span>{kind}</span>;
  const id = shortId(entry.entity, entry.entityId);
  const idClass = /^[0-9a-f]{8}$/i.test(id) ? 'audit-record__id audit-record__id--code' : 'audit-record__id';
  // Only a client can be opened from its id alone; the others are named for cross-checking.
  if (entry.entity === 'client') {
    return (
      <Link
        className="audit-record audit-record--link"
        onPress={() => navigate({ page: 'client', clientId: entry.entityId! })}
      >
        {kind} <span className={idClass}>{id}</span>
      </Link>
    );
  }
  return (
    <span className="audit-record" title={entry.entityId}>
      {kind} <span className={idClass}>{id}</span>
    </span>
  );
}

interface AuditTableProps {
  entries: readonly AuditEntryView[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyState: ReactNode;
}

/**
 * The entries as a grid the arrow keys move through. Only the rows in view are in the page, and
 * scrolling near the end fetches the next page, so a trail of tens of thousands scrolls freely.
 */
export function AuditTable({ entries, hasMore, loadingMore, onLoadMore, emptyState }: AuditTableProps) {
  const style = { '--audit-rows': Math.max(entries.length, 3) } as CSSProperties;
  return (
    <Virtualizer
      layout={TableLayout}
      layoutOptions={{ rowHeight: ROW_HEIGHT, headingHeight: HEADING_HEIGHT, loaderHeight: 48 }}
    >
      <Table aria-label="Audit trail entries" className="data-table audit-table" style={style}>
        <TableHeader className="data-table__header">
          <Column id="when" className="data-table__column" width={180}>
            When
          </Column>
          <Column id="what" isRowHeader className="data-table__column" minWidth={200}>
            What happened
          </Column>
          <Column id="record" className="data-table__column" width={180}>
            Record
          </Column>
        </TableHeader>
        <TableBody className="audit-table__body" renderEmptyState={() => emptyState}>
          <Collection items={entries}>
            {(entry) => {
              // The row has room for two lines: who acted, when it was the custodian, leads the second.
              const detail = [
                entry.actor === 'custodian' ? 'By the records custodian' : '',
                detailWords(entry),
              ]
                .filter(Boolean)
                .join(' · ');
              return (
                <Row id={entry.id} className="data-table__row" textValue={actionWords(entry.action)}>
                  <Cell className="data-table__cell data-table__date">
                    <time dateTime={entry.at}>{dateFormat(WHEN).format(new Date(entry.at))}</time>
                  </Cell>
                  <Cell className="data-table__cell">
                    <span className="audit-what">
                      <span className="audit-what__action" title={actionWords(entry.action)}>
                        {actionWords(entry.action)}
                      </span>
                      {detail && (
                        <span className="audit-what__detail" title={detail}>
                          {detail}
                        </span>
                      )}
                    </span>
                  </Cell>
                  <Cell className="data-table__cell">
                    <RecordCell entry={entry} />
                  </Cell>
                </Row>
              );
            }}
          </Collection>
          {hasMore && (
            <TableLoadMoreItem
              className="audit-table__loading"
              onLoadMore={onLoadMore}
              isLoading={loadingMore}
            >
              <Spinner />
              <span>Loading older entries…</span>
            </TableLoadMoreItem>
          )}
        </TableBody>
      </Table>
    </Virtualizer>
  );
}
