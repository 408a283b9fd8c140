// Characteristics grouped by family, values by their label ("Droit ouvert et versable", not "2").
import { Alert, Box, Typography } from '@mui/material';
import { formatDate } from '@rsa/vocabulary';
import type { Beneficiary } from './beneficiary.type';
import { characteristicDisplay, groupByFamily } from './characteristic-labels';
import { Empty, Facts, Section } from './Section';

export const CharacteristicsSection = ({ file, action }: { file: Beneficiary; action?: React.ReactNode }) => (
  <Section id="characteristics" title="Caractéristiques" action={action}>
    {file.missingCharacteristicsLabel && (
      <Alert severity="warning" sx={{ mb: 1 }}>
        {file.missingCharacteristicsLabel}
      </Alert>
    )}
    {file.characteristics.length === 0 ? (
      <Empty>Aucune caractéristique.</Empty>
    ) : (
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        {groupByFamily(file.characteristics).map(([family, items]) => (
          <Box key={family}>
            <Typography component="h3" variant="subtitle2" sx={{ fontWeight: 700 }}>
              {family}
            </Typography>
            <Facts
              items={items.map((c) => [
                c.name,
                <span key={c.name} title={c.since ? `Depuis le ${formatDate(c.since)}` : undefined}>
                  {characteristicDisplay(c.value, c.label)}
                </span>,
              ])}
            />
          </Box>
        ))}
      </Box>
    )}
  </Section>
);
