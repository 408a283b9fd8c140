// Picks a collaborator by name or login from the server's `users` directory.
import { useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';

type User = { id: number; login: string; name: string; structureCode: string | null; structureName?: string | null };

type Props = { id: string; label: string; value: string; onChange(login: string): void };

export const UserPicker = ({ id, label, onChange }: Props) => {
  const dataProvider = useConsoleDataProvider();
  const [input, setInput] = useState('');
  const { data: options = [], isFetching } = useQuery({
    queryKey: ['rsa', 'users', input],
    queryFn: async () =>
      (
        await dataProvider.getList<User>('users', {
          pagination: { page: 1, perPage: 20 },
          sort: { field: 'name', order: 'ASC' },
          filter: { q: input },
        })
      ).data,
  });

  return (
    <Autocomplete<User>
      id={id}
      options={options}
      loading={isFetching}
      filterOptions={(x) => x}
      getOptionLabel={(u) => `${u.name} (${u.login}${(u.structureName ?? u.structureCode) ? ` – ${u.structureName ?? u.structureCode}` : ''})`}
      isOptionEqualToValue={(a, b) => a.login === b.login}
      onInputChange={(_, text) => setInput(text)}
      onChange={(_, user) => onChange(user?.login ?? '')}
      noOptionsText="Aucun collaborateur trouvé"
      loadingText="Recherche…"
      renderInput={(params) => <TextField {...params} label={label} required />}
    />
  );
};
