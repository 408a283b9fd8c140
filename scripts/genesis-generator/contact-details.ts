import { asciiSlug } from './name-catalogue';
import type { Random } from './prng';

type PhoneStyle = 'spaced' | 'compact' | 'international' | 'dotted';

/** The ways French numbers are typed in Genesis: 06 12 34 56 78, 0612345678, +33612345678, 06.12.34.56.78. */
export const writePhone = (digits: string, style: PhoneStyle): string => {
  const pairs = digits.match(/../g) ?? [];
  switch (style) {
    case 'spaced':
      return pairs.join(' ');
    case 'dotted':
      return pairs.join('.');
    case 'international':
      return `+33${digits.slice(1)}`;
    case 'compact':
      return digits;
  }
};

const digitsOf = (random: Random, count: number): string => {
  let text = '';
  for (let index = 0; index < count; index++) text += String(random.int(0, 9));
  return text;
};

/** A mobile (06/07) or an Ardèche landline (04 75), written one of the usual ways. */
export const randomPhone = (random: Random): string => {
  const digits = random.chance(0.7) ? `0${random.pick(['6', '7'])}${digitsOf(random, 8)}` : `0475${digitsOf(random, 6)}`;
  const style = random.weighted<PhoneStyle>([
    ['spaced', 40],
    ['compact', 25],
    ['international', 20],
    ['dotted', 15],
  ]);
  return writePhone(digits, style);
};

/** A phone for a new household, or '' (a quarter of files have none). */
export const maybePhone = (random: Random): string => (random.chance(0.75) ? randomPhone(random) : '');

/** An address on the reserved-looking domain exemple.fr, or '' (a third of files have none). */
export const maybeEmail = (random: Random, lastName: string): string =>
  random.chance(0.65) ? `${asciiSlug(lastName)}.${random.int(100, 999)}@exemple.fr` : '';
