import type { CSSProperties, ReactNode } from 'react';
import {
  Cell,
  Column,
  Row,
  Table,
  TableBody,
  TableHeader,
  TableLayout,
  Virtualizer,
} from 'react-aria-components';
import type { ClientListItem } from '../../../shared/clients/client-contract';
import { formatCalendarDay, formatMoment } from '../../../shared/dates/format-moment';
import { useNavigate } from '../navigation/routes';
import { Icon } from '../ui/Icon';
import { StatusChip } from './StatusChip';
import '../ui/data-table.css';
import { UserText } from '../ui/UserText';

const ROW_HEIGHT = 56;
const HEADING_HEIGHT = 44;

interface ClientTableProps {
  clients: readonly ClientListItem[];
  emptyState: ReactNode;
}

/**
 * The clients as a grid the arrow keys move through; Enter or a click opens a client. Only the rows
 * in view are in the page (react-aria's Virtualizer), so a thousand clients scroll as freely as ten.
 */
export function ClientTable({ clients, emptyState }: ClientTableProps) {
  const navigate = useNavigate();
  // The table is its own scroll area: as tall as its rows, up to what the window leaves it.
  const style = { '--client-rows': Math.max(clients.length, 3) } as CSSProperties;
  return (
    <Virtualizer
      layout={TableLayout}
      layoutOptions={{ rowHeight: ROW_HEIGHT, headingHeight: HEADING_HEIGHT }}
    >
      <Table
        aria-label="Clients"
        className="data-table client-table"
        style={style}
        onRowAction={(key) => navigate({ page: 'client', clientId: String(key) })}
      >
        <TableHeader className="data-table__header">
          <Column id="name" isRowHeader className="data-table__column" minWidth={160}>
            Name
          </Column>
          <Column id="status" className="data-table__column" width={120}>
            Status
          </Column>
          <Column id="intake" className="data-table__column" width={120}>
            Intake
          </Column>
          <Column id="last" className="data-table__column" width={150}>
            Last session
          </Column>
          <Column id="next" className="data-table__column" width={150}>
            Next session
          </Column>
        </TableHeader>
        <TableBody items={clients} renderEmptyState={() => emptyState}>
          {(client) => (
            <Row id={client.id} className="data-table__row client-table__row" textValue={client.chosenName}>
              <Cell className="data-table__cell client-table__name">
                <UserText inline text={client.chosenName} />
              </Cell>
              <Cell className="data-table__cell">
                <StatusChip status={client.status} />
              </Cell>
              <Cell className="data-table__cell">
                {client.intakeComplete ? (
                  <span className="intake-mark intake-mark--done">
                    <Icon name="check" size={18} />
                    Complete
                  </span>
                ) : (
                  <span className="intake-mark">Not yet</span>
                )}
              </Cell>
              <Cell className="data-table__cell data-table__date">
                {client.lastSession ? formatCalendarDay(client.lastSession) : '—'}
              </Cell>
              <Cell className="data-table__cell data-table__date">
                {client.nextAppointmentAt ? formatMoment(client.nextAppointmentAt) : '—'}
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </Virtualizer>
  );
}
