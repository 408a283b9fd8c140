import type { Beneficiary } from './beneficiary.type';
import { Facts, Section } from './Section';

const addressLines = (a: Beneficiary['address']) =>
  [a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' ')].filter((line) => line && line.trim() !== '');

export const ContactSection = ({ file, action }: { file: Beneficiary; action?: React.ReactNode }) => (
  <Section id="contact" title="Coordonnées" action={action}>
    <Facts
      items={[
        ['Téléphone', file.phone],
        ['E-mail', file.email],
        [
          'Adresse',
          addressLines(file.address).length ? (
            <>
              {addressLines(file.address).map((line) => (
                <span key={line} style={{ display: 'block' }}>
                  {line}
                </span>
              ))}
            </>
          ) : null,
        ],
        ['Code INSEE', file.address.inseeCode],
        ['Organisme', file.organisation],
        ['N° CAF/MSA', file.cafNumber],
        ['Territoire (DTAS)', file.territory],
      ]}
    />
  </Section>
);
