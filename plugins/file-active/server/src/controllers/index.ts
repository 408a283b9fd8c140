import assignments from './assignments';
import beneficiaries from './beneficiaries';
import fileRecords from './file-records';
import workspace from './workspace';

export default { assignments, beneficiaries, 'file-records': fileRecords, workspace };
