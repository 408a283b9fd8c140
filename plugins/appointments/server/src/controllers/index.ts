import appointments from './appointments';
import calendarFeed from './calendar-feed';

export default {
  appointments,
  'calendar-feed': calendarFeed,
};
