// "Accompagnement RSA - Entrée - 9 mois" with the entry date, and the référent de parcours
// actuel — or the last one, when the sortie date has passed (F4).
import { todayInParis, formatDate } from '@rsa/vocabulary';
import { accompanimentLabel } from '@rsa/vocabulary';
import type { Beneficiary } from './beneficiary.type';
import { Facts, Section } from './Section';
import { StateChip } from './StateChip';

const referentText = (r: { name: string; structure: string | null; structureName?: string | null }) => {
  const structure = r.structureName ?? r.structure;
  return structure ? `${r.name} (${structure})` : r.name;
};

export const AccompanimentSection = ({ file }: { file: Beneficiary }) => {
  const today = todayInParis();
  const referent = file.currentReferent
    ? (['Référent de parcours actuel', referentText(file.currentReferent)] as [string, string])
    : file.lastReferent
      ? ([
          'Dernier référent',
          `${referentText(file.lastReferent)}${file.lastReferent.end ? ` — jusqu’au ${formatDate(file.lastReferent.end)}` : ''}`,
        ] as [string, string])
      : (['Référent de parcours actuel', 'Aucun'] as [string, string]);
  return (
    <Section id="accompaniment" title="Accompagnement" action={<StateChip state={file.state} />}>
      <Facts
        items={[
          // The server's label when it sends one (same rule, its clock); ours otherwise.
          [
            'Dispositif',
            `${file.enrolment.programme} - ${file.accompanimentLabel ?? accompanimentLabel(file.state, file.enrolment.enteredOn, today)}`,
          ],
          ['Entrée', formatDate(file.enrolment.enteredOn)],
          ...(file.enrolment.exitedOn ? ([['Sortie', formatDate(file.enrolment.exitedOn)]] as Array<[string, string]>) : []),
          referent,
          ['Date actualisation dossier', formatDate(file.updatedFromGenesisOn)],
          ...(file.midemRequest
            ? ([
                [
                  'Demande de MIDEM',
                  `${formatDate(file.midemRequest.requestedOn)}${file.midemRequest.motif ? ` – ${file.midemRequest.motif}` : ''} (${file.midemRequest.statusLabel})`,
                ],
              ] as Array<[string, string]>)
            : []),
        ]}
      />
    </Section>
  );
};
