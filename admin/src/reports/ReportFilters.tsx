// A report's parameters as react-admin filter inputs, from the server's description of the
// report: dates, numbers, choices, and pickers of structures, référents, collaborators and
// territories fed by the server (the code or the user id is what the report takes — never typed
// by hand).
import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SelectArrayInput, SelectInput } from 'react-admin';
import type { ReportDescription, ReportParamDescription } from '@rsa/vocabulary';

type Coded = { id: string; code: string; name: string };
type Collaborator = { id: number; login: string; name: string; structureCode: string | null };

const codedText = (r: Coded | undefined) => (r ? `${r.name} (${r.code})` : '');
const collaboratorText = (u: Collaborator | undefined) => (u ? (u.structureCode ? `${u.name} – ${u.structureCode}` : u.name) : '');
const byText = (q: string) => ({ q });

// Référents de parcours only: the reports' « référent » is the file's.
const REFERENT_PROFILES = { profile: ['referent', 'referent_fse'] };

const filterInput = (param: ReportParamDescription) => {
  const common = { source: param.name, label: param.label, alwaysOn: true };
  switch (param.kind) {
    case 'date':
      return <DateInput key={param.name} {...common} />;
    case 'number':
      return <NumberInput key={param.name} {...common} sx={{ maxWidth: 180 }} />;
    case 'choice':
      return param.multiple ? (
        <SelectArrayInput key={param.name} {...common} choices={param.choices ?? []} sx={{ minWidth: 220 }} />
      ) : (
        <SelectInput key={param.name} {...common} choices={param.choices ?? []} sx={{ minWidth: 200 }} />
      );
    case 'structure':
      return (
        <ReferenceInput key={param.name} {...common} reference="structures">
          <AutocompleteInput label={param.label} optionText={codedText} filterToQuery={byText} sx={{ minWidth: 260 }} />
        </ReferenceInput>
      );
    case 'territory':
      return (
        <ReferenceInput key={param.name} {...common} reference="territories">
          <AutocompleteInput label={param.label} optionText={codedText} filterToQuery={byText} sx={{ minWidth: 220 }} />
        </ReferenceInput>
      );
    case 'referent':
    case 'collaborator':
      return (
        <ReferenceInput key={param.name} {...common} reference="users" filter={param.kind === 'referent' ? REFERENT_PROFILES : undefined}>
          <AutocompleteInput label={param.label} optionText={collaboratorText} filterToQuery={byText} sx={{ minWidth: 260 }} />
        </ReferenceInput>
      );
  }
};

export const reportFilters = (report: ReportDescription) => report.params.map(filterInput);

export const reportFilterDefaults = (report: ReportDescription): Record<string, string> =>
  Object.fromEntries(report.params.filter((p) => p.defaultValue !== undefined).map((p) => [p.name, p.defaultValue as string]));
