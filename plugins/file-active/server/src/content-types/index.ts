import beneficiary from './beneficiary/schema.json';
import enrolment from './enrolment/schema.json';
import assignment from './assignment/schema.json';
import characteristic from './characteristic/schema.json';
import rightsEvent from './rights-event/schema.json';
import fileEvent from './file-event/schema.json';
import standby from './standby/schema.json';
import auditEntry from './audit-entry/schema.json';
import fileConsultation from './file-consultation/schema.json';
import annexItem from './annex-item/schema.json';
import note from './note/schema.json';
import savedSearch from './saved-search/schema.json';
import searchHistoryEntry from './search-history-entry/schema.json';
import userPreference from './user-preference/schema.json';
import fileSelection from './file-selection/schema.json';

export default {
  'beneficiary': { schema: beneficiary },
  'enrolment': { schema: enrolment },
  'assignment': { schema: assignment },
  'characteristic': { schema: characteristic },
  'rights-event': { schema: rightsEvent },
  'file-event': { schema: fileEvent },
  'standby': { schema: standby },
  'audit-entry': { schema: auditEntry },
  'file-consultation': { schema: fileConsultation },
  'annex-item': { schema: annexItem },
  'note': { schema: note },
  'saved-search': { schema: savedSearch },
  'search-history-entry': { schema: searchHistoryEntry },
  'user-preference': { schema: userPreference },
  'file-selection': { schema: fileSelection },
};
