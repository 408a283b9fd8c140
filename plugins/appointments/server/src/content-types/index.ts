import appointmentReminder from './appointment-reminder/schema.json';
import appointment from './appointment/schema.json';
import calendarFeedToken from './calendar-feed-token/schema.json';

export default {
  appointment: { schema: appointment },
  'appointment-reminder': { schema: appointmentReminder },
  'calendar-feed-token': { schema: calendarFeedToken },
};
