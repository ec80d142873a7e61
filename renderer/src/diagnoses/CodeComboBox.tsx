import { useMemo, useState } from 'react';
import {
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { bundledLookup } from '../../../shared/diagnoses/diagnosis-contract';
import type { CodeTitle } from '../../../shared/diagnoses/cms-code-file';
import '../ui/field.css';
import '../ui/select-field.css';

const SHOWN = 30;

/**
 * Finds an ICD-10-CM code in the bundled table as the clinician types: a code with or without its
 * dot ("f32.1", "F321") or words of its title, in any case and without accents. Choosing one sets
 * the code and its official title together.
 */
export function CodeComboBox({
  value,
  onChange,
  onBlur,
  error,
  isReadOnly,
  autoFocus,
}: {
  value: CodeTitle | null;
  onChange: (picked: CodeTitle | null) => void;
  onBlur?: () => void;
  error?: string | undefined;
  isReadOnly?: boolean;
  autoFocus?: boolean;
}) {
  const [query, setQuery] = useState(value ? `${value.code} ${value.title}` : '');
  const items = useMemo(
    () => bundledLookup.search(query, SHOWN).map((row) => ({ ...row, id: row.code })),
    [query],
  );
  return (
    <ComboBox
      className="field diagnosis-code-picker"
      items={items}
      inputValue={query}
      onInputChange={setQuery}
      selectedKey={value?.code ?? null}
      onSelectionChange={(key) => {
        const picked = key === null ? null : (bundledLookup.find(String(key)) ?? null);
        onChange(picked);
        if (picked) setQuery(`${picked.code} ${picked.title}`);
      }}
      onBlur={onBlur}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      isReadOnly={isReadOnly}
      validationBehavior="aria"
      autoFocus={autoFocus}
    >
      <Label className="field__label">Code</Label>
      <div className="field__control">
        <Input className="field__input" spellCheck={false} autoComplete="off" />
      </div>
      <Text slot="description" className="field__description">
        Type a code (F41.1 or F411) or words of its title.
      </Text>
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="select-field__popover">
        <ListBox
          className="select-field__list"
          renderEmptyState={() => <p className="select-field__empty">No code in the table matches.</p>}
        >
          {(row: CodeTitle) => (
            <ListBoxItem
              id={row.code}
              className="select-field__option"
              textValue={`${row.code} ${row.title}`}
            >
              <span className="diagnosis-code">{row.code}</span> {row.title}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
