import { GenesisImportList } from './GenesisImportList';
import { GenesisImportShow } from './GenesisImportShow';
import type { GenesisImport } from './genesis-import.type';
import { formatDate } from '@rsa/vocabulary';

export default {
  list: GenesisImportList,
  show: GenesisImportShow,
  recordRepresentation: (record: GenesisImport) => `${record.fileName} (${formatDate(record.extractionDate)})`,
};
