// The reference item's list, chosen by its French name (custom field global::reference-list;
// the stored value stays the list code the server reads).
import * as React from 'react';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { REFERENCE_LIST_CODES, referenceListName } from '../../content-manager/reference-list-names';

type ReferenceListInputProps = {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
};

export const ReferenceListInput = React.forwardRef<HTMLDivElement, ReferenceListInputProps>(({ name, label, hint, required, disabled, placeholder }, ref) => {
  const field = useField<string | null>(name);
  return (
    <Field.Root name={name} hint={hint} error={field.error} required={required} ref={ref}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect
        value={field.value ?? undefined}
        placeholder={placeholder || 'Choisissez une liste'}
        disabled={disabled}
        onChange={(value: string | number) => field.onChange(name, String(value))}
      >
        {[...REFERENCE_LIST_CODES]
          .sort((a, b) => referenceListName(a).localeCompare(referenceListName(b), 'fr'))
          .map((code) => (
            <SingleSelectOption key={code} value={code}>
              {referenceListName(code)}
            </SingleSelectOption>
          ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

export default ReferenceListInput;
