// The global search bar of the app bar (F13): files and notes the user may see, grouped by kind,
// arrows to move, Enter to open the file (or its notes tab). The words travel in a POST body and
// stay in this component: never in a URL, never in the browser's history.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Autocomplete, Box, InputAdornment, ListSubheader, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@rsa/vocabulary';
import { useConsoleDataProvider, type SearchHit } from '../data/data-provider';
import { useT } from '../i18n/use-t';
import { groupHits, HIT_KINDS } from './hit-kinds';

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 300;

export const GlobalSearchBar = () => {
  const t = useT();
  const navigate = useNavigate();
  const dataProvider = useConsoleDataProvider();
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  const [popup, setPopup] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setTerm(input.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const enabled = term.length >= MIN_LENGTH;
  const { data: hits = [], isFetching } = useQuery({
    queryKey: ['rsa', 'global-search', term],
    queryFn: ({ signal }) => dataProvider.globalSearch(term, signal),
    enabled,
    staleTime: 10_000,
  });
  const options = enabled ? groupHits(hits) : [];
  const groupLabel = (kind: string) => (HIT_KINDS[kind] ? t(HIT_KINDS[kind].label) : kind);

  const open = (hit: SearchHit | null) => {
    if (!hit) return;
    const target = HIT_KINDS[hit.kind]?.open(hit);
    if (!target) return;
    setInput('');
    setTerm('');
    navigate(target.path, { state: target.state });
  };

  return (
    <Autocomplete<SearchHit>
      id="global-search"
      options={options}
      groupBy={(hit) => groupLabel(hit.kind)}
      getOptionLabel={(hit) => hit.title}
      getOptionKey={(hit) => hit.id}
      filterOptions={(x) => x}
      value={null}
      inputValue={input}
      onInputChange={(_, value, reason) => {
        if (reason !== 'reset') setInput(value);
      }}
      onChange={(_, hit) => open(hit)}
      loading={enabled && isFetching}
      loadingText={t('rsa.search.searching')}
      noOptionsText={enabled ? t('rsa.search.none') : t('rsa.search.hint')}
      // No list under two characters: nothing is asked yet.
      open={popup && input.trim().length >= MIN_LENGTH}
      onOpen={() => setPopup(true)}
      onClose={() => setPopup(false)}
      blurOnSelect
      clearOnBlur={false}
      size="small"
      sx={{ width: { xs: 200, md: 360 }, mr: 2 }}
      // Groups and options as ARIA roles on plain elements (a list of list items would clash with
      // the listbox's roles: axe « list » / « listitem »).
      slotProps={{ listbox: { component: 'div', 'aria-label': t('rsa.search.results') } as object }}
      renderGroup={(params) => (
        <div key={params.key} role="group" aria-labelledby={`global-search-group-${params.key}`}>
          <ListSubheader component="div" id={`global-search-group-${params.key}`} sx={{ lineHeight: '32px', fontWeight: 700 }}>
            {params.group}
          </ListSubheader>
          {params.children}
        </div>
      )}
      renderOption={(props, hit) => {
        const { key, ...rest } = props as typeof props & { key: string };
        return (
          <Box component="div" key={key} {...(rest as object)} sx={{ display: 'block !important' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {hit.title}
            </Typography>
            {(hit.detail || hit.date) && (
              <Typography variant="caption" color="text.secondary" component="div" noWrap>
                {[hit.date ? formatDateTime(hit.date) : null, hit.detail].filter(Boolean).join(' – ')}
              </Typography>
            )}
          </Box>
        );
      }}
      renderInput={({ InputProps, inputProps, ...params }) => (
        <TextField
          {...params}
          placeholder={t('rsa.search.placeholder')}
          variant="outlined"
          sx={{ bgcolor: 'background.paper', borderRadius: 1, '& .MuiOutlinedInput-root': { py: 0 } }}
          slotProps={{
            htmlInput: { ...inputProps, 'aria-label': t('rsa.search.label') },
            input: {
              ...InputProps,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon aria-hidden="true" />
                </InputAdornment>
              ),
            },
          }}
        />
      )}
    />
  );
};
