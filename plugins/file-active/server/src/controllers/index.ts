import assignments from './assignments';
import beneficiaries from './beneficiaries';
import fileRecords from './file-records';
import infocentre from './infocentre';
import workspace from './workspace';

export default { assignments, beneficiaries, 'file-records': fileRecords, infocentre, workspace };
