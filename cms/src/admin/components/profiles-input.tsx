// Collaborator profiles as checkboxes with their French labels (custom field
// plugin::accounts.profiles, a JSON array of profile codes). The choices come from the schema
// (attribute.options.choices, filled from the accounts domain); the server validates the list.
import * as React from 'react';
import { Checkbox, Field, Flex } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';

type Choice = { value: string; label: string };

type ProfilesInputProps = {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  attribute: { options?: { choices?: Choice[] } };
};

export const ProfilesInput = React.forwardRef<HTMLDivElement, ProfilesInputProps>(({ name, label, hint, required, disabled, attribute }, ref) => {
  const field = useField<string[] | null>(name);
  const selected = Array.isArray(field.value) ? field.value : [];
  const choices = attribute.options?.choices ?? [];
  const toggle = (code: string, checked: boolean) => {
    const next = checked ? [...selected.filter((value) => value !== code), code] : selected.filter((value) => value !== code);
    // Kept in the list's order, whatever the clicking order.
    field.onChange(name, choices.map((choice) => choice.value).filter((value) => next.includes(value)));
  };
  return (
    <Field.Root name={name} hint={hint} error={field.error} required={required} ref={ref}>
      <Field.Label>{label}</Field.Label>
      <Flex role="group" aria-label={label} direction="column" alignItems="flex-start" gap={2} paddingTop={1}>
        {choices.map((choice) => (
          <Checkbox
            key={choice.value}
            name={`${name}.${choice.value}`}
            checked={selected.includes(choice.value)}
            disabled={disabled}
            onCheckedChange={(checked) => toggle(choice.value, checked === true)}
          >
            {choice.label}
          </Checkbox>
        ))}
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

export default ProfilesInput;
