// The file's FSE tab: its étapes en convention with the two pastilles; a click opens the
// convention (questionnaires).
import { useGetList } from 'react-admin';
import { Link } from 'react-router-dom';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { StatusBadge } from './StatusBadge';
import type { Convention } from './fse.type';

export const FileConventions = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const t = useT();
  const { data = [], isPending } = useGetList<Convention>('fse-conventions', { filter: { beneficiary: beneficiaryId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'realStart', order: 'DESC' } });
  if (isPending) return null;
  if (data.length === 0) return <Typography>{t('rsa.fse.file_empty')}</Typography>;
  return (
    <Table size="small" aria-label={t('rsa.fse.menu.questionnaires')}>
      <TableHead>
        <TableRow>
          <TableCell>Offre FSE</TableCell>
          <TableCell>Opération</TableCell>
          <TableCell>Entrée</TableCell>
          <TableCell>Sortie</TableCell>
          <TableCell>{t('rsa.fse.entry')}</TableCell>
          <TableCell>{t('rsa.fse.exit')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((c) => (
          <TableRow key={c.id}>
            <TableCell><Link to={`/fse-conventions/${c.id}/show`}>{c.offerTitle}</Link></TableCell>
            <TableCell>{c.operationCode}</TableCell>
            <TableCell>{formatDate(c.realStart)}</TableCell>
            <TableCell>{c.realEnd ? formatDate(c.realEnd) : t('rsa.fse.in_progress')}</TableCell>
            <TableCell><StatusBadge status={c.entryStatus} label={t('rsa.fse.entry')} /></TableCell>
            <TableCell><StatusBadge status={c.exitStatus} label={t('rsa.fse.exit')} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
