// The characteristics facet (F2): characteristics of the CMS catalogue, each with one of its list
// values (or any value), or a typed value for free-text ones; combinable. Only complete rows (a
// characteristic chosen) reach the filter, as `characteristic: [{family, name, value}]`.
import { useEffect, useState } from 'react';
import { Autocomplete, Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { useInput } from 'react-admin';
import { useCharacteristicDefinitions, type CharacteristicDefinition } from '../../data/use-characteristic-definitions';
import { useT } from '../../i18n/use-t';

export type CharacteristicCriterion = { family: string; name: string; value?: string };

type Props = { source: string; label?: string; alwaysOn?: boolean };

const sameDefinition = (d: CharacteristicDefinition, c: CharacteristicCriterion) => d.family === c.family && d.name === c.name;
const EMPTY: CharacteristicCriterion = { family: '', name: '' };

export const CharacteristicFacetInput = ({ source }: Props) => {
  const t = useT();
  const definitions = useCharacteristicDefinitions();
  const { field } = useInput<CharacteristicCriterion[] | undefined>({ source });
  const stored = Array.isArray(field.value) ? field.value : [];
  const [rows, setRows] = useState<CharacteristicCriterion[]>(stored.length ? stored : [EMPTY]);
  // A saved search reapplied from outside replaces the rows.
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    const complete = rows.filter((r) => r.name);
    if (JSON.stringify(complete) !== storedKey) setRows(stored.length ? stored : [EMPTY]);
  }, [storedKey]);

  const update = (next: CharacteristicCriterion[]) => {
    setRows(next.length ? next : [EMPTY]);
    field.onChange(next.filter((r) => r.name).map((r) => (r.value ? r : { family: r.family, name: r.name })));
  };

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 420, mb: 1 }}>
      <Typography component="legend" variant="caption" color="text.secondary">
        {t('rsa.list.facets.characteristic')}
      </Typography>
      {rows.map((row, index) => {
        const definition = definitions.find((d) => sameDefinition(d, row)) ?? null;
        const position = index + 1;
        return (
          <Stack key={index} direction="row" spacing={1} alignItems="flex-start" sx={{ mt: 0.5 }}>
            <Autocomplete<CharacteristicDefinition>
              id={`facet-characteristic-${position}`}
              options={definitions}
              groupBy={(d) => d.family}
              getOptionLabel={(d) => d.name}
              isOptionEqualToValue={(a, b) => a.family === b.family && a.name === b.name}
              value={definition}
              onChange={(_, d) => update(rows.map((r, i) => (i === index ? (d ? { family: d.family, name: d.name } : EMPTY) : r)))}
              sx={{ minWidth: 240 }}
              size="small"
              renderInput={(params) => <TextField {...params} label={`${t('rsa.list.facets.characteristic_pick')} ${position}`} />}
            />
            {definition?.type === 'list' ? (
              <TextField
                select
                size="small"
                id={`facet-characteristic-value-${position}`}
                label={`${t('rsa.list.facets.characteristic_value')} ${position}`}
                value={row.value ?? ''}
                onChange={(e) => update(rows.map((r, i) => (i === index ? { ...r, value: e.target.value || undefined } : r)))}
                sx={{ minWidth: 200 }}
              >
                <MenuItem value="">{t('rsa.list.facets.characteristic_any')}</MenuItem>
                {(definition.values ?? []).map((v) => (
                  <MenuItem key={v.code} value={v.code}>
                    {v.label}
                  </MenuItem>
                ))}
              </TextField>
            ) : (
              <TextField
                size="small"
                id={`facet-characteristic-value-${position}`}
                label={`${t('rsa.list.facets.characteristic_value')} ${position}`}
                value={row.value ?? ''}
                disabled={definition === null}
                helperText={definition ? t('rsa.list.facets.characteristic_hint') : undefined}
                onChange={(e) => update(rows.map((r, i) => (i === index ? { ...r, value: e.target.value || undefined } : r)))}
                sx={{ minWidth: 200 }}
              />
            )}
            <IconButton
              aria-label={`${t('rsa.list.facets.characteristic_remove')} (${position})`}
              onClick={() => update(rows.filter((_, i) => i !== index))}
              size="small"
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Stack>
        );
      })}
      <Button size="small" startIcon={<AddIcon />} onClick={() => setRows([...rows, EMPTY])} sx={{ mt: 0.5 }}>
        {t('rsa.list.facets.characteristic_add')}
      </Button>
    </Box>
  );
};
