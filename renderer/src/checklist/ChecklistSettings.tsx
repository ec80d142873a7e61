import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import type { ChecklistGroupRow, ChecklistItem } from '../../../shared/notes/note-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import {
  activeItems,
  checklistSchema,
  groupOrder,
  insertionIndex,
  type ChecklistFormValues,
} from './checklist-form';
import { useChecklistGroups, useChecklistItems, useSaveChecklist } from './checklist-queries';
import { ChecklistGroupsForm } from './ChecklistGroupsForm';
import './checklist-settings.css';

interface RowProps {
  control: Control<ChecklistFormValues>;
  index: number;
  position: number;
  groupTitle: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (direction: -1 | 1) => void;
  onRetire: () => void;
}

function ItemRow({ control, index, position, groupTitle, isFirst, isLast, onMove, onRetire }: RowProps) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={`items.${index}.text`}
      render={({ field, fieldState }) => (
        <li className="checklist-editor__row">
          <label className="visually-hidden" htmlFor={id}>
            {groupTitle}, item {position}
          </label>
          <input
            id={id}
            ref={field.ref}
            className="checklist-editor__input"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            maxLength={500}
            aria-invalid={fieldState.invalid || undefined}
            aria-describedby={fieldState.error ? `${id}-error` : undefined}
          />
          <span className="checklist-editor__tools">
            <Button
              className="checklist-editor__button"
              onPress={() => onMove(-1)}
              isDisabled={isFirst}
              aria-label={`Move up: ${field.value}`}
            >
              ↑
            </Button>
            <Button
              className="checklist-editor__button"
              onPress={() => onMove(1)}
              isDisabled={isLast}
              aria-label={`Move down: ${field.value}`}
            >
              ↓
            </Button>
            <Button
              className="checklist-editor__button"
              onPress={onRetire}
              aria-label={`Retire: ${field.value}`}
            >
              Retire
            </Button>
          </span>
          {fieldState.error && (
            <p className="field__error checklist-editor__error" id={`${id}-error`}>
              {fieldState.error.message}
            </p>
          )}
        </li>
      )}
    />
  );
}

function ChecklistForm({
  items,
  groups,
}: {
  items: readonly ChecklistItem[];
  groups: readonly ChecklistGroupRow[];
}) {
  const save = useSaveChecklist();
  const [saved, setSaved] = useState(false);
  const rank = groupOrder(groups);
  const form = useForm<ChecklistFormValues>({
    resolver: zodResolver(checklistSchema),
    defaultValues: { items: activeItems(items, rank) },
  });
  const list = useFieldArray({ control: form.control, name: 'items', keyName: 'fieldKey' });
  const current = useWatch({ control: form.control, name: 'items' });
  const kept = new Set(current.map((i) => i.id));
  const activeGroups = new Set(groups.filter((g) => g.active).map((g) => g.key));
  // An item of a retired group can come back only with its group.
  const retired = items.filter((i) => !kept.has(i.id) && activeGroups.has(i.group));

  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    save.mutate(
      { items: values.items.map((i) => ({ ...i, text: i.text.trim() })) },
      {
        onSuccess: (next) => {
          form.reset({ items: activeItems(next, rank) });
          setSaved(true);
        },
      },
    );
  });

  const moveWithinGroup = (index: number, direction: -1 | 1) => {
    const group = current[index]?.group;
    let target = index + direction;
    while (target >= 0 && target < current.length && current[target]?.group !== group) target += direction;
    if (target >= 0 && target < current.length) list.move(index, target);
  };

  return (
    <Form className="checklist-editor" onSubmit={onSubmit} validationBehavior="aria">
      <Alert tone="info">
        <p>
          Changes apply to notes you start from now on. Notes already written keep the items they were written
          with.
        </p>
      </Alert>
      {groups
        .filter((group) => group.active)
        .map((group) => {
          const rows = list.fields.map((f, index) => ({ f, index })).filter(({ f }) => f.group === group.key);
          return (
            <section key={group.key} className="checklist-editor__group" aria-label={group.title}>
              <h4 className="checklist-editor__group-title">{group.title}</h4>
              {rows.length === 0 ? (
                <p className="muted">No items in this group.</p>
              ) : (
                <ol className="checklist-editor__items">
                  {rows.map(({ f, index }, i) => (
                    <ItemRow
                      key={f.fieldKey}
                      control={form.control}
                      index={index}
                      position={i + 1}
                      groupTitle={group.title}
                      isFirst={i === 0}
                      isLast={i === rows.length - 1}
                      onMove={(direction) => moveWithinGroup(index, direction)}
                      onRetire={() => list.remove(index)}
                    />
                  ))}
                </ol>
              )}
              <div>
                <ActionButton
                  variant="quiet"
                  onPress={() =>
                    list.insert(insertionIndex(current, group.key, rank), {
                      group: group.key,
                      text: '',
                      active: true,
                    })
                  }
                >
                  Add an item to {group.title}
                </ActionButton>
              </div>
            </section>
          );
        })}
      {retired.length > 0 && (
        <section className="checklist-editor__group" aria-label="Retired items">
          <h4 className="checklist-editor__group-title">Retired items</h4>
          <p className="muted">
            Kept so that notes written with them still read correctly. Restore one to use it again.
          </p>
          <ul className="checklist-editor__items">
            {retired.map((item) => (
              <li key={item.id} className="checklist-editor__row checklist-editor__row--retired">
                <span className="checklist-editor__retired-text">{item.text}</span>
                <span className="checklist-editor__tools">
                  <Button
                    className="checklist-editor__button"
                    aria-label={`Restore: ${item.text}`}
                    onPress={() =>
                      list.insert(insertionIndex(current, item.group, rank), {
                        id: item.id,
                        group: item.group,
                        text: item.text,
                        active: true,
                      })
                    }
                  >
                    Restore
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {save.isError && <Alert tone="error">{save.error.message}</Alert>}
      {saved && !form.formState.isDirty && (
        <Alert tone="success">
          <p>Saved. Notes you start from now on use this list.</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={save.isPending} pendingLabel="Saving…">
          Save checklist
        </ActionButton>
        {form.formState.isDirty && (
          <ActionButton variant="quiet" onPress={() => form.reset()}>
            Undo my changes
          </ActionButton>
        )}
        <span className="form-hint">Notes already written keep their items.</span>
      </div>
    </Form>
  );
}

/**
 * For Settings: the relationship checklist's groups (the clinician's own to add, rename, reorder and
 * retire) and its items, to reword, reorder within their group, add to or retire. Nothing retired
 * leaves the vault, since older notes were written with it.
 */
export function ChecklistSettings() {
  const items = useChecklistItems();
  const groups = useChecklistGroups();
  return (
    <section className="panel" aria-labelledby="settings-checklist">
      <div className="panel__header">
        <h3 id="settings-checklist">Relationship checklist</h3>
        <p>
          The items you answer in every note, in groups: the seven elements of the relationship, the working
          alliance, and any of your own.
        </p>
      </div>
      {(items.isPending || groups.isPending) && <p className="muted">Loading…</p>}
      {items.isError && <Alert tone="error">{items.error.message}</Alert>}
      {groups.isError && <Alert tone="error">{groups.error.message}</Alert>}
      {groups.data && <ChecklistGroupsForm groups={groups.data} />}
      {items.data && groups.data && (
        // A new group list starts the item form afresh, with the groups in their new order.
        <ChecklistForm
          key={groups.data.map((g) => `${g.key}:${g.active}`).join()}
          items={items.data}
          groups={groups.data}
        />
      )}
    </section>
  );
}
