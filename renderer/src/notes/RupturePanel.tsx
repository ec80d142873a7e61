import { useCallback, useId, type ReactNode } from 'react';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { CONFRONTATION_MARKERS, RUPTURE_TYPES, WITHDRAWAL_MARKERS } from '../../../shared/notes/note-formats';
import { CheckboxField } from '../ui/CheckboxField';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { CollapsiblePanel } from './CollapsiblePanel';
import { useDraft, type DraftStore } from './draft-store';
import { RUPTURE_LABELS, ruptureSummary } from './note-labels';
import { NoteTextArea } from './NoteTextArea';

type Rupture = NoteContent['rupture'];

const RAISED_BY = [
  { value: 'client', label: 'Client' },
  { value: 'clinician', label: 'Me' },
] as const;
const RESOLVED_CHOICES = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
] as const;

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

function RuptureDetail({
  store,
  rupture,
  onBlur,
}: {
  store: DraftStore;
  rupture: Rupture;
  onBlur: () => void;
}) {
  const set = (change: Partial<Rupture>) =>
    store.update((c) => ({ ...c, rupture: { ...c.rupture, ...change } }));
  const typical: readonly string[] =
    rupture.type === 'withdrawal' ? WITHDRAWAL_MARKERS : CONFRONTATION_MARKERS;
  // Markers recorded under the other type stay visible (and can be unticked) rather than vanish.
  const markers = [...typical, ...rupture.markers.filter((m) => !typical.includes(m))];
  const markersId = useId();
  return (
    <>
      <div className="rupture-field" role="group" aria-labelledby={markersId}>
        <span className="note-text__label" id={markersId}>
          Markers seen
        </span>
        <ul className="rupture-markers">
          {markers.map((marker) => (
            <li key={marker}>
              <CheckboxField
                isSelected={rupture.markers.includes(marker)}
                onChange={(on) =>
                  set({
                    markers: on ? [...rupture.markers, marker] : rupture.markers.filter((m) => m !== marker),
                  })
                }
              >
                {marker}
              </CheckboxField>
            </li>
          ))}
        </ul>
      </div>
      <Labelled label="Who raised it">
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
      <NoteTextArea
        size="small"
        label="Repair tried"
        description="For example, talking openly about what happened between you."
        value={rupture.repair}
        onChange={(repair) => set({ repair })}
        onBlur={onBlur}
      />
      <Labelled label="Did it resolve?">
        {(id) => (
          <ChoiceGroup
            look="segments"
            labelledBy={id}
            allowEmpty
            options={RESOLVED_CHOICES}
            value={rupture.resolved || null}
            onChange={(value) => set({ resolved: value ?? '' })}
          />
        )}
      </Labelled>
    </>
  );
}

/** Ruptures and repair (Safran & Muran): strains in the relationship, what was tried, how it ended. */
export function RupturePanel({ store, onBlur }: { store: DraftStore; onBlur: () => void }) {
  const typeId = useId();
  const rupture = useDraft(
    store,
    useCallback((c: NoteContent) => c.rupture, []),
  );
  const summary = ruptureSummary(rupture);
  return (
    <CollapsiblePanel title="Rupture and repair" summary={summary} defaultExpanded={rupture.type !== 'none'}>
      <div className="rupture-fields">
        <div className="rupture-field">
          <span className="note-text__label" id={typeId}>
            Was there a rupture?
          </span>
          <ChoiceGroup
            look="segments"
            labelledBy={typeId}
            options={RUPTURE_TYPES.map((value) => ({ value, label: RUPTURE_LABELS[value] }))}
            value={rupture.type}
            onChange={(type) => {
              if (type) store.update((c) => ({ ...c, rupture: { ...c.rupture, type } }));
            }}
          />
          <p className="panel-hint">
            Withdrawal: minimal answers, deferring, changing the subject. Confrontation: criticism, anger,
            questioning the work.
          </p>
        </div>
        {rupture.type !== 'none' && <RuptureDetail store={store} rupture={rupture} onBlur={onBlur} />}
      </div>
    </CollapsiblePanel>
  );
}
