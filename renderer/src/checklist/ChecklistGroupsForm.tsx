import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { channels } from '../../../shared/contract';
import type { ChecklistGroupRow } from '../../../shared/notes/note-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useSaveChecklistGroups } from './checklist-queries';

const groupsSchema = channels['checklist:saveGroups'].input;
type GroupsFormValues = z.input<typeof groupsSchema>;

function toValues(groups: readonly ChecklistGroupRow[]): GroupsFormValues {
  return { groups: groups.map((g) => ({ key: g.key, title: g.title, active: g.active })) };
}

interface GroupRowProps {
  control: Control<GroupsFormValues>;
  index: number;
  builtIn: boolean;
  isFirst: boolean;
  isLast: boolean;
  onMove: (direction: -1 | 1) => void;
  onRemoveNew: (() => void) | null;
}

function GroupRow({ control, index, builtIn, isFirst, isLast, onMove, onRemoveNew }: GroupRowProps) {
  const id = useId();
  const active = useWatch({ control, name: `groups.${index}.active` }) ?? true;
  return (
    <Controller
      control={control}
      name={`groups.${index}.title`}
      render={({ field, fieldState }) => (
        <li className={`checklist-editor__row${active ? '' : ' checklist-editor__row--retired'}`}>
          {builtIn ? (
            <span className="checklist-editor__retired-text">{field.value}</span>
          ) : (
            <>
              <label className="visually-hidden" htmlFor={id}>
                Name of your group {index + 1}
              </label>
              <input
                id={id}
                ref={field.ref}
                className="checklist-editor__input"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                maxLength={120}
                aria-invalid={fieldState.invalid || undefined}
                aria-describedby={fieldState.error ? `${id}-error` : undefined}
              />
            </>
          )}
          <span className="checklist-editor__tools">
            <Button
              className="checklist-editor__button"
              onPress={() => onMove(-1)}
              isDisabled={isFirst}
              aria-label={`Move group up: ${field.value}`}
            >
              ↑
            </Button>
            <Button
              className="checklist-editor__button"
              onPress={() => onMove(1)}
              isDisabled={isLast}
              aria-label={`Move group down: ${field.value}`}
            >
              ↓
            </Button>
            {!builtIn &&
              (onRemoveNew ? (
                <Button
                  className="checklist-editor__button"
                  onPress={onRemoveNew}
                  aria-label={`Remove: ${field.value}`}
                >
                  Remove
                </Button>
              ) : (
                <Controller
                  control={control}
                  name={`groups.${index}.active`}
                  render={({ field: activeField }) => (
                    <Button
                      className="checklist-editor__button"
                      onPress={() => activeField.onChange(!active)}
                      aria-label={`${active ? 'Retire' : 'Restore'} group: ${field.value}`}
                    >
                      {active ? 'Retire' : 'Restore'}
                    </Button>
                  )}
                />
              ))}
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

/**
 * The checklist's groups: the built-in ones keep their names, the clinician's own can be renamed
 * and retired (a retired group still names its items in the notes written with it), and all can be
 * put in another order.
 */
export function ChecklistGroupsForm({ groups }: { groups: readonly ChecklistGroupRow[] }) {
  const save = useSaveChecklistGroups();
  const [saved, setSaved] = useState(false);
  const form = useForm<GroupsFormValues>({
    resolver: zodResolver(groupsSchema),
    defaultValues: toValues(groups),
  });
  const list = useFieldArray({ control: form.control, name: 'groups', keyName: 'fieldKey' });
  const origin = new Map(groups.map((g) => [g.key, g.origin]));
  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    save.mutate(
      { groups: values.groups.map((g) => ({ ...g, title: g.title.trim() })) },
      {
        onSuccess: (next) => {
          form.reset(toValues(next));
          setSaved(true);
        },
      },
    );
  });
  return (
    <Form className="checklist-editor" onSubmit={onSubmit} validationBehavior="aria">
      <section className="checklist-editor__group" aria-labelledby="checklist-groups-title">
        <h4 className="checklist-editor__group-title" id="checklist-groups-title">
          Groups
        </h4>
        <ol className="checklist-editor__items">
          {list.fields.map((f, index) => (
            <GroupRow
              key={f.fieldKey}
              control={form.control}
              index={index}
              builtIn={f.key !== undefined && origin.get(f.key) === 'built-in'}
              isFirst={index === 0}
              isLast={index === list.fields.length - 1}
              onMove={(direction) => list.move(index, index + direction)}
              onRemoveNew={f.key === undefined ? () => list.remove(index) : null}
            />
          ))}
        </ol>
        <div>
          <ActionButton variant="quiet" onPress={() => list.append({ title: '', active: true })}>
            Add a group of your own
          </ActionButton>
        </div>
      </section>
      {save.isError && <Alert tone="error">{save.error.message}</Alert>}
      {saved && !form.formState.isDirty && (
        <Alert tone="success">
          <p>Groups saved. Add items to a new group below.</p>
        </Alert>
      )}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={save.isPending} pendingLabel="Saving…">
          Save groups
        </ActionButton>
        {form.formState.isDirty && (
          <ActionButton variant="quiet" onPress={() => form.reset()}>
            Undo my changes
          </ActionButton>
        )}
      </div>
    </Form>
  );
}
