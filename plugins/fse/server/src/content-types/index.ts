import fseConvention from './fse-convention/schema.json';
import fseQuestionnaire from './fse-questionnaire/schema.json';

export default {
  'fse-convention': { schema: fseConvention },
  'fse-questionnaire': { schema: fseQuestionnaire },
};
