import appointments from './appointments';
import calendarFeed from './calendar-feed';
import reminders from './reminders';

export default {
  appointments,
  'calendar-feed': calendarFeed,
  reminders,
};
