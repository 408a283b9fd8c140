import eventRegistration from './event-registration/schema.json';
import positionnement from './positionnement/schema.json';

export default {
  positionnement: { schema: positionnement },
  'event-registration': { schema: eventRegistration },
};
