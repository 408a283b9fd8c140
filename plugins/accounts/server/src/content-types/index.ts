import { PROFILES, PROFILE_LABELS } from '@rsa/vocabulary';
import consoleSession from './console-session/schema.json';
import consoleUser from './console-user/schema.json';
import loginThrottle from './login-throttle/schema.json';
import resetLink from './reset-link/schema.json';

// The profiles checkboxes (admin panel, custom field plugin::accounts.profiles) take their
// choices from the domain's list, the one the server validates against.
const consoleUserSchema = {
  ...consoleUser,
  attributes: {
    ...consoleUser.attributes,
    profiles: { ...consoleUser.attributes.profiles, options: { choices: PROFILES.map((value) => ({ value, label: PROFILE_LABELS[value] })) } },
  },
};

export default {
  'console-user': { schema: consoleUserSchema },
  'console-session': { schema: consoleSession },
  'login-throttle': { schema: loginThrottle },
  'reset-link': { schema: resetLink },
};
