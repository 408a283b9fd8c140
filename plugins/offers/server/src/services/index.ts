import catalogue from './catalogue';
import enrolments from './enrolments';
import events from './events';
import followUp from './follow-up';

export default { catalogue, enrolments, events, 'follow-up': followUp };
