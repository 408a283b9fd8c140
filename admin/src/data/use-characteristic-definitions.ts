// The characteristics catalogue the functional admins edit in the CMS, as the console's forms
// need it: which ones the référent enters, and the values a list offers (active ones only).
import { useGetList } from 'react-admin';

export type CharacteristicDefinition = {
  id: number;
  family: string;
  name: string;
  type: 'text' | 'date' | 'number' | 'list';
  editable: boolean;
  required: boolean;
  values: Array<{ code: string; label: string }> | null;
};

export const useCharacteristicDefinitions = (): CharacteristicDefinition[] =>
  useGetList<CharacteristicDefinition>('characteristic-definitions', { pagination: { page: 1, perPage: 500 } }).data ?? [];
