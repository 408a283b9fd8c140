import { BeneficiaryList } from './BeneficiaryList';
import { BeneficiaryShow } from './BeneficiaryShow';
import type { BeneficiaryListItem } from './beneficiary.type';

export default {
  list: BeneficiaryList,
  show: BeneficiaryShow,
  recordRepresentation: (record: BeneficiaryListItem) => `${record.lastName} ${record.firstName} (${record.fileNumber})`,
};
