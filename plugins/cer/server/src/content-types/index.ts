import cerHistory from './cer-history/schema.json';
import cerObjectiveLink from './cer-objective-link/schema.json';
import cerObjective from './cer-objective/schema.json';
import cerSignature from './cer-signature/schema.json';
import cer from './cer/schema.json';
import smsMessage from './sms-message/schema.json';

export default {
  cer: { schema: cer },
  'cer-objective': { schema: cerObjective },
  'cer-objective-link': { schema: cerObjectiveLink },
  'cer-history': { schema: cerHistory },
  'cer-signature': { schema: cerSignature },
  'sms-message': { schema: smsMessage },
};
