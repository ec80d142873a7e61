import { useQuery } from '@tanstack/react-query';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import '../ui/field.css';
import '../ui/select-field.css';
import { UserText } from '../ui/UserText';

interface ClientPickerProps {
  value: string;
  onChange: (clientId: string) => void;
  onBlur?: () => void;
  error?: string;
  autoFocus?: boolean;
}

/**
 * Finds a client by typing part of their name. The list is read once and filtered as the clinician
 * types (ignoring case and accents), so the choice under the arrow keys never shifts mid-keystroke.
 * A name that matches nobody says so rather than showing nothing.
 */
export function ClientPicker({ value, onChange, onBlur, error, autoFocus }: ClientPickerProps) {
  const clients = useQuery({
    queryKey: [...queryKeys.clients, 'bookable'],
    queryFn: () => call('clients:list', { statuses: ['enquiry', 'waitlist', 'active', 'paused'] }),
  });
  return (
    <ComboBox
      className="field"
      value={value || null}
      onChange={(key) => onChange(key === null ? '' : String(key))}
      onBlur={onBlur}
      defaultItems={clients.data ?? []}
      // Typing before the list has arrived still opens it: it says it is loading, then fills in.
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      autoFocus={autoFocus}
    >
      <Label className="field__label">Client</Label>
      <div className="field__control">
        <Input className="field__input" spellCheck={false} autoComplete="off" />
        <Button className="select-field__toggle" aria-label="Show clients">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Text slot="description" className="field__description">
        Type part of a name. Discharged and archived clients are not listed.
      </Text>
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="select-field__popover">
        <ListBox
          className="select-field__list"
          renderEmptyState={() => (
            <p className="select-field__empty">
              {clients.isPending ? 'Loading clients…' : 'No client matches.'}
            </p>
          )}
        >
          {(client: { id: string; chosenName: string }) => (
            <ListBoxItem id={client.id} className="select-field__option" textValue={client.chosenName}>
              <UserText inline text={client.chosenName} />
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
