// The CER tab of a file (C1): its contracts, newest first, and « Nouveau CER » for the référent.
import { Link as RouterLink } from 'react-router-dom';
import { Box, Link, Typography } from '@mui/material';
import { useCanAccess, useGetList } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { HistoryTable } from '../beneficiaries/HistoryTable';
import type { CerRecord } from './cer.type';
import { CerStateChip } from './CerStateChip';
import { CreateCerButton } from './CreateCerButton';

export const FileCers = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const { canAccess: mayCreate } = useCanAccess({ action: 'create', resource: 'cers' });
  const { data = [], isPending } = useGetList<CerRecord>('cers', {
    filter: { beneficiary: beneficiaryId },
    sort: { field: 'number', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const nextNumber = data.reduce((max, c) => Math.max(max, Number(c.number) || 0), 0) + 1;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {mayCreate && (
        <Box>
          <CreateCerButton beneficiaryId={beneficiaryId} number={nextNumber} />
        </Box>
      )}
      {isPending ? null : data.length === 0 ? (
        <Typography>Aucun CER.</Typography>
      ) : (
        <HistoryTable
          caption="Contrats d'engagement réciproque"
          columns={['N°', 'État', 'Début', 'Fin', 'Signé le']}
          rows={data.map((c) => [
            <Link key="n" component={RouterLink} to={`/cers/${c.id}/show`}>
              CER n° {c.number}
            </Link>,
            <CerStateChip key="s" state={c.state} />,
            formatDate(c.start),
            formatDate(c.end),
            formatDate(c.signedOn),
          ])}
        />
      )}
    </Box>
  );
};
