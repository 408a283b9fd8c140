import catalogue from './catalogue';
import enrolments from './enrolments';
import events from './events';
import followUp from './follow-up';
import stepRules from './step-rules';

export default { catalogue, enrolments, events, 'follow-up': followUp, 'step-rules': stepRules };
