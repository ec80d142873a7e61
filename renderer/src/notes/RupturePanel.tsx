import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { NoteContent } from '../../../shared/notes/note-contract';
import {
  CONFRONTATION_MARKERS,
  emptyRuptureEvent,
  REPAIR_STRATEGIES,
  RUPTURE_KIND_LABELS,
  RUPTURE_KINDS,
  RUPTURE_OUTCOME_LABELS,
  WITHDRAWAL_MARKERS,
} from '../../../shared/notes/rupture-lists';
import { ActionButton } from '../ui/ActionButton';
import { CheckboxField } from '../ui/CheckboxField';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { CollapsiblePanel } from '../ui/CollapsiblePanel';
import { useDraft, type DraftStore } from './draft-store';
import { ruptureSummary } from './note-labels';
import { NoteTextArea } from './NoteTextArea';

type Rupture = NoteContent['ruptures'][number];

const RAISED_BY = [
  { value: 'client', label: 'Client' },
  { value: 'clinician', label: 'Me' },
] as const;
const OUTCOMES = (['resolved', 'partly', 'unresolved', 'unclear'] as const).map((value) => ({
  value,
  label: RUPTURE_OUTCOME_LABELS[value],
}));
const KINDS = RUPTURE_KINDS.map((value) => ({
  value,
  label: value === 'both' ? 'Both' : RUPTURE_KIND_LABELS[value],
}));

function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="rupture-field">
      <span className="note-text__label" id={id}>
        {label}
      </span>
      {children(id)}
    </div>
  );
}

/** Ticks from a list; `kept` are ticked entries no longer offered (earlier words), shown so they can be unticked. */
function TickList({
  label,
  options,
  chosen,
  onChange,
}: {
  label: string;
  options: readonly { key: string; label: string }[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const id = useId();
  return (
    <div className="rupture-field" role="group" aria-labelledby={id}>
      <span className="note-text__label" id={id}>
        {label}
      </span>
      <ul className="rupture-markers">
        {options.map((option) => (
          <li key={option.key}>
            <CheckboxField
              isSelected={chosen.includes(option.key)}
              onChange={(on) =>
                onChange(on ? [...chosen, option.key] : chosen.filter((k) => k !== option.key))
              }
            >
              {option.label}
            </CheckboxField>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RuptureEventFields({
  store,
  index,
  onBlur,
  justAdded,
}: {
  store: DraftStore;
  index: number;
  onBlur: () => void;
  /** Recorded a moment ago: focus moves to it, since the button that added it sits below. */
  justAdded: boolean;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justAdded) heading.current?.focus();
  }, [justAdded]);
  const rupture = useDraft(
    store,
    useCallback((c: NoteContent) => c.ruptures[index]!, [index]),
  );
  const set = (change: Partial<Rupture>) =>
    store.update((c) => ({ ...c, ruptures: c.ruptures.with(index, { ...c.ruptures[index]!, ...change }) }));
  const number = index + 1;
  const withdrawal = rupture.kind !== 'confrontation';
  const confrontation = rupture.kind !== 'withdrawal';
  return (
    <li className="rupture-event" aria-labelledby={headingId}>
      <h4 className="rupture-event__title" id={headingId} ref={heading} tabIndex={-1}>
        Rupture {number}
      </h4>
      <Labelled label={`Rupture ${number}: kind`}>
        {(id) => (
          <ChoiceGroup
            look="segments"
            labelledBy={id}
            options={KINDS}
            value={rupture.kind}
            onChange={(kind) => {
              const keep = new Set<string>([
                ...(kind !== 'confrontation' ? WITHDRAWAL_MARKERS : []).map((m) => m.key),
                ...(kind !== 'withdrawal' ? CONFRONTATION_MARKERS : []).map((m) => m.key),
              ]);
              set({ kind, markers: rupture.markers.filter((m) => keep.has(m)) });
            }}
          />
        )}
      </Labelled>
      {withdrawal && (
        <TickList
          label={`Rupture ${number}: withdrawal markers`}
          options={WITHDRAWAL_MARKERS}
          chosen={rupture.markers}
          onChange={(markers) => set({ markers: markers as Rupture['markers'] })}
        />
      )}
      {confrontation && (
        <TickList
          label={`Rupture ${number}: confrontation markers`}
          options={CONFRONTATION_MARKERS}
          chosen={rupture.markers}
          onChange={(markers) => set({ markers: markers as Rupture['markers'] })}
        />
      )}
      {rupture.earlierMarkers.length > 0 && (
        <TickList
          label="Markers recorded on the earlier form"
          options={rupture.earlierMarkers.map((m) => ({ key: m, label: m }))}
          chosen={rupture.earlierMarkers}
          onChange={(earlierMarkers) => set({ earlierMarkers })}
        />
      )}
      <Labelled label={`Rupture ${number}: who raised it`}>
        {(id) => (
          <ChoiceGroup
            look="segments"
            labelledBy={id}
            allowEmpty
            options={RAISED_BY}
            value={rupture.raisedBy || null}
            onChange={(value) => set({ raisedBy: value ?? '' })}
          />
        )}
      </Labelled>
      <TickList
        label={`Rupture ${number}: repair tried`}
        options={REPAIR_STRATEGIES}
        chosen={rupture.repairs}
        onChange={(repairs) => set({ repairs: repairs as Rupture['repairs'] })}
      />
      <NoteTextArea
        size="small"
        label={`Rupture ${number}: what happened and what helped`}
        value={rupture.repairNote}
        onChange={(repairNote) => set({ repairNote })}
        onBlur={onBlur}
      />
      <Labelled label={`Rupture ${number}: outcome`}>
        {(id) => (
          <ChoiceGroup
            look="segments"
            layout="grid"
            labelledBy={id}
            allowEmpty
            options={OUTCOMES}
            value={rupture.outcome || null}
            onChange={(value) => set({ outcome: value ?? '' })}
          />
        )}
      </Labelled>
      <ActionButton
        variant="quiet"
        onPress={() => store.update((c) => ({ ...c, ruptures: c.ruptures.filter((_, i) => i !== index) }))}
      >
        Remove rupture {number}
      </ActionButton>
    </li>
  );
}

/**
 * Ruptures and repair (Safran & Muran): each strain in the relationship this session, its markers,
 * what was tried and how it ended. A session can hold several.
 */
export function RupturePanel({ store, onBlur }: { store: DraftStore; onBlur: () => void }) {
  const ruptures = useDraft(
    store,
    useCallback((c: NoteContent) => c.ruptures, []),
  );
  const [added, setAdded] = useState<number | null>(null);
  return (
    <CollapsiblePanel
      title="Rupture and repair"
      summary={ruptureSummary(ruptures)}
      defaultExpanded={ruptures.length > 0}
    >
      <div className="rupture-fields">
        <p className="panel-hint">
          Withdrawal: moving away (short answers, going along, changing the topic). Confrontation: moving
          against (complaints, control, pushing back). Record each rupture of the session.
        </p>
        {ruptures.length > 0 && (
          <ol className="rupture-events">
            {ruptures.map((_, index) => (
              <RuptureEventFields
                key={index}
                store={store}
                index={index}
                onBlur={onBlur}
                justAdded={added === index}
              />
            ))}
          </ol>
        )}
        <ActionButton
          onPress={() => {
            setAdded(ruptures.length);
            store.update((c) => ({ ...c, ruptures: [...c.ruptures, emptyRuptureEvent()] }));
          }}
          isDisabled={ruptures.length >= 20}
        >
          {ruptures.length === 0 ? 'Record a rupture' : 'Record another rupture'}
        </ActionButton>
      </div>
    </CollapsiblePanel>
  );
}
