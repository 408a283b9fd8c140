import consoleSession from './console-session/schema.json';
import consoleUser from './console-user/schema.json';
import loginThrottle from './login-throttle/schema.json';
import resetLink from './reset-link/schema.json';

export default {
  'console-user': { schema: consoleUser },
  'console-session': { schema: consoleSession },
  'login-throttle': { schema: loginThrottle },
  'reset-link': { schema: resetLink },
};
