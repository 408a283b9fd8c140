import { CerShow } from './CerShow';
import type { CerRecord } from './cer.type';

// CER are reached from their file (tab « CER »), not from a menu entry: no list page.
export default {
  show: CerShow,
  recordRepresentation: (record: CerRecord) => `CER n° ${record.number}`,
};
