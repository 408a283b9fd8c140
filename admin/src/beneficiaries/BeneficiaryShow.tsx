// The beneficiary file. The Résumé is the first tab, then the frise, notes, CER, annex data and
// characteristics history.
import { useState } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { useLocation } from 'react-router-dom';
import { Loading, Show, useShowContext } from 'react-admin';
import type { Beneficiary } from './beneficiary.type';
import { BeneficiaryHeader, BeneficiaryResume } from './BeneficiaryResume';
import { FileActionsBar } from './FileActionsBar';
import { useFileTabs } from './use-file-tabs';

const isDetail = (record: Beneficiary): boolean => Array.isArray(record.assignments) && record.address !== undefined;

const FilePage = () => {
  const { record } = useShowContext<Beneficiary>();
  const tabs = useFileTabs(record);
  // The global search opens a note on the file's notes tab.
  const location = useLocation();
  const [tab, setTab] = useState(() => (location.state as { tab?: string } | null)?.tab ?? 'resume');
  // react-admin first hands over the list row it already has (no address, no history): wait
  // for the detail rather than render half a Résumé.
  if (!record || !isDetail(record)) return <Loading />;
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <BeneficiaryHeader file={record} actions={<FileActionsBar file={record} />} />
      {tabs.length > 1 && (
        <Tabs
          value={current.id}
          onChange={(_, value: string) => setTab(value)}
          aria-label="Rubriques du dossier"
          sx={{ mb: 2 }}
          variant="scrollable"
        >
          {tabs.map((t) => (
            <Tab key={t.id} value={t.id} label={t.label} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`} />
          ))}
        </Tabs>
      )}
      <Box
        role={tabs.length > 1 ? 'tabpanel' : undefined}
        id={`panel-${current.id}`}
        aria-labelledby={tabs.length > 1 ? `tab-${current.id}` : undefined}
      >
        {current.id === 'resume' ? <BeneficiaryResume file={record} /> : current.render(record, { openTab: setTab })}
      </Box>
    </Box>
  );
};

const BeneficiaryTitle = () => {
  const { record } = useShowContext<Beneficiary>();
  return <>{record ? `${record.lastName} ${record.firstName} — Résumé` : 'Dossier'}</>;
};

export const BeneficiaryShow = () => (
  <Show title={<BeneficiaryTitle />} actions={false} component="div">
    <FilePage />
  </Show>
);
