import appointments from './appointments';
import calendarFeed from './calendar-feed';
import collaboratorReport from './collaborator-report';
import reminders from './reminders';

export default {
  appointments,
  'calendar-feed': calendarFeed,
  'collaborator-report': collaboratorReport,
  reminders,
};
