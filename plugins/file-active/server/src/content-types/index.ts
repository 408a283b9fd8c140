import beneficiary from './beneficiary/schema.json';
import enrolment from './enrolment/schema.json';
import assignment from './assignment/schema.json';
import characteristic from './characteristic/schema.json';
import rightsEvent from './rights-event/schema.json';
import fileEvent from './file-event/schema.json';
import standby from './standby/schema.json';
import auditEntry from './audit-entry/schema.json';

export default {
  'beneficiary': { schema: beneficiary },
  'enrolment': { schema: enrolment },
  'assignment': { schema: assignment },
  'characteristic': { schema: characteristic },
  'rights-event': { schema: rightsEvent },
  'file-event': { schema: fileEvent },
  'standby': { schema: standby },
  'audit-entry': { schema: auditEntry },
};
