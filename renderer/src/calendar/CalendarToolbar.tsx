import { Button, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { ActionButton } from '../ui/ActionButton';
import { Icon } from '../ui/Icon';
import { rangeTitle, type CalendarView } from './calendar-views';

const VIEWS: { id: CalendarView; label: string }[] = [
  { id: 'week', label: 'Week' },
  { id: 'day', label: 'Day' },
  { id: 'agenda', label: 'Agenda' },
];

const STEP_NAMES: Record<CalendarView, string> = { week: 'week', day: 'day', agenda: 'four weeks' };

interface CalendarToolbarProps {
  view: CalendarView;
  range: { from: string; to: string };
  onViewChange: (view: CalendarView) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  onExport: () => void;
}

/** Which days are shown and how: previous / today / next, the dates, the view, and export. */
export function CalendarToolbar({
  view,
  range,
  onViewChange,
  onStep,
  onToday,
  onExport,
}: CalendarToolbarProps) {
  return (
    <div className="calendar-toolbar">
      <div className="calendar-toolbar__nav">
        <Button
          className="icon-button"
          aria-label={`Previous ${STEP_NAMES[view]}`}
          onPress={() => onStep(-1)}
        >
          <Icon name="chevronLeft" />
        </Button>
        <Button className="icon-button" aria-label={`Next ${STEP_NAMES[view]}`} onPress={() => onStep(1)}>
          <Icon name="chevronRight" />
        </Button>
        <ActionButton onPress={onToday}>Today</ActionButton>
        <h2 className="calendar-toolbar__title" aria-live="polite">
          {rangeTitle(view, range)}
        </h2>
      </div>
      <div className="calendar-toolbar__actions">
        <ActionButton variant="quiet" icon="download" onPress={onExport}>
          Export .ics
        </ActionButton>
        <ToggleButtonGroup
          className="segmented"
          aria-label="View"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[view]}
          onSelectionChange={(keys) => {
            const [next] = [...keys];
            if (next) onViewChange(next as CalendarView);
          }}
        >
          {VIEWS.map((v) => (
            <ToggleButton key={v.id} id={v.id} className="segmented__option">
              {v.label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </div>
    </div>
  );
}
