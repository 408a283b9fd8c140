// The annex data facet (F2: souhaits métiers / secteurs, compétences, difficultés): values of the
// reference lists the functional admins keep in the CMS, grouped by list, combinable. The filter
// holds `annex: [{kind, code}]`.
import { Autocomplete, Chip, TextField } from '@mui/material';
import { useInput } from 'react-admin';
import { useReferenceItems, type ReferenceItem } from '../../data/use-reference-items';
import { useT } from '../../i18n/use-t';

export const ANNEX_KINDS = ['job_wish', 'sector_wish', 'skill', 'difficulty'] as const;
export type AnnexKind = (typeof ANNEX_KINDS)[number];
export type AnnexCriterion = { kind: AnnexKind; code: string };

type Props = { source: string; label?: string; alwaysOn?: boolean };

export const AnnexFacetInput = ({ source }: Props) => {
  const t = useT();
  const lists = {
    job_wish: useReferenceItems('job_wish'),
    sector_wish: useReferenceItems('sector_wish'),
    skill: useReferenceItems('skill'),
    difficulty: useReferenceItems('difficulty'),
  };
  const options: ReferenceItem[] = ANNEX_KINDS.flatMap((kind) => lists[kind]);
  const { field } = useInput<AnnexCriterion[] | undefined>({ source });
  const chosen = Array.isArray(field.value) ? field.value : [];
  const value = options.filter((o) => chosen.some((c) => c.kind === o.list && c.code === o.code));
  const kindLabel = (list: string) => t(`rsa.list.facets.annex_kind.${list as AnnexKind}`);
  return (
    <Autocomplete<ReferenceItem, true>
      multiple
      id="facet-annex"
      size="small"
      options={options}
      groupBy={(o) => kindLabel(o.list)}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.list === b.list && a.code === b.code}
      value={value}
      onChange={(_, items) => field.onChange(items.map((i) => ({ kind: i.list as AnnexKind, code: i.code })))}
      renderValue={(items, getItemProps) =>
        items.map((item, index) => {
          const { key, ...props } = getItemProps({ index });
          return <Chip key={key} size="small" label={`${kindLabel(item.list)} : ${item.label}`} {...props} />;
        })
      }
      sx={{ minWidth: 320, mb: 1 }}
      renderInput={(params) => <TextField {...params} label={t('rsa.list.facets.annex')} />}
    />
  );
};
