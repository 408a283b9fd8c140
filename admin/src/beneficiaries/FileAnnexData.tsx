// « Données annexes » (F11): the file's métiers and secteurs souhaités, compétences and
// difficultés, each a list from the CMS's reference lists, with who entered it (by name).
import { Box, Skeleton, Typography } from '@mui/material';
import { ReferenceManyField, useListContext } from 'react-admin';
import { useT } from '../i18n/use-t';
import { Empty, Section } from './Section';
import { HistoryTable } from './HistoryTable';

const KINDS = ['job_wish', 'sector_wish', 'skill', 'difficulty'] as const;
type AnnexKind = (typeof KINDS)[number];

export type AnnexItem = { id: number; kind: AnnexKind; code: string; label: string | null; createdBy: string | null; createdByName?: string | null };

const FileAnnexDataContent = () => {
  const t = useT();
  const { data = [], isPending, error } = useListContext<AnnexItem>();
  if (isPending) return <Skeleton height={200} />;
  if (error) return <Typography role="alert">{error instanceof Error ? error.message : String(error)}</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      {KINDS.map((kind) => {
        const items = data.filter((item) => item.kind === kind);
        const title = t(`rsa.fileTabs.annex.kind.${kind}`);
        return (
          <Section key={kind} id={`annex-${kind}`} title={title}>
            {items.length === 0 ? (
              <Empty>{t('rsa.fileTabs.annex.empty')}</Empty>
            ) : (
              <HistoryTable
                caption={t('rsa.fileTabs.annex.caption', { kind: title })}
                columns={[t('rsa.fileTabs.annex.value'), t('rsa.fileTabs.annex.by')]}
                rows={items.map((item) => [item.label ?? item.code, item.createdByName ?? item.createdBy ?? '—'])}
              />
            )}
          </Section>
        );
      })}
    </Box>
  );
};

export const FileAnnexData = ({ beneficiaryId }: { beneficiaryId: number }) => (
  <ReferenceManyField reference="annex-items" target="beneficiary" record={{ id: beneficiaryId }} perPage={500} sort={{ field: 'kind', order: 'ASC' }}>
    <FileAnnexDataContent />
  </ReferenceManyField>
);
