import alerts from './alerts';
import annexItems from './annex-items';
import assignments from './assignments';
import audit from './audit';
import beneficiaryExport from './beneficiary-export';
import beneficiaryFacets from './beneficiary-facets';
import fileSelections from './file-selections';
import beneficiaries from './beneficiaries';
import characteristicCatalogue from './characteristic-catalogue';
import characteristics from './characteristics';
import consultations from './consultations';
import dashboard from './dashboard';
import contact from './contact';
import directory from './directory';
import fileAccess from './file-access';
import keywordSearch from './keyword-search';
import notes from './notes';
import preferences from './preferences';
import reports from './report-runner';
import reportRegistry from './report-registry';
import savedSearches from './saved-searches';
import scope from './scope';
import search from './search';
import standbys from './standbys';
import timeline from './timeline';

export default {
  alerts,
  'annex-items': annexItems,
  assignments,
  audit,
  beneficiaries,
  'beneficiary-export': beneficiaryExport,
  'beneficiary-facets': beneficiaryFacets,
  'file-selections': fileSelections,
  'characteristic-catalogue': characteristicCatalogue,
  characteristics,
  consultations,
  dashboard,
  contact,
  directory,
  'file-access': fileAccess,
  'keyword-search': keywordSearch,
  notes,
  preferences,
  reports,
  'report-registry': reportRegistry,
  'saved-searches': savedSearches,
  scope,
  search,
  standbys,
  timeline,
};
