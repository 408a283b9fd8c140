// Small text services other plugins use (the Genesis import folds names and normalises phones
// exactly as the console's search and contact edits do).
import { foldForSearch } from '@rsa/vocabulary';
import { frenchPhoneE164, normalizeFrenchPhone } from '../../../domain/contact';

export default () => ({
  fold: (text: string): string => foldForSearch(text),
  /** E.164 when the number is a valid French one; otherwise what was given, never lost. */
  phoneForStorage: (raw: string): string | null => {
    const trimmed = raw.trim();
    if (!trimmed) return null;
    // The import stores 100,000 numbers a night: e164 only (same reading as the contact edit).
    return frenchPhoneE164(trimmed) ?? trimmed;
  },
  phoneForDisplay: (stored: string | null): string | null => {
    if (!stored) return null;
    const result = normalizeFrenchPhone(stored);
    return result.ok ? result.display : stored;
  },
});
