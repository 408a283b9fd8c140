import { CerShow } from './CerShow';
import { CerEdit } from './CerEdit';
import type { CerRecord } from './cer.type';

// CER are reached from their file (tab « CER »), not from a menu entry: no list page.
export default {
  show: CerShow,
  edit: CerEdit,
  recordRepresentation: (record: CerRecord) => `CER n° ${record.number}`,
};
