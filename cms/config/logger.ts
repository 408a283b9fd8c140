import { winston, formats } from '@strapi/logger';

// Command-line tools (feed import, users) keep stdout for their result: LOG_TO_STDERR=1 sends
// every log line to stderr. LOG_LEVEL tunes verbosity (tests use "error").
const levels = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'];

export default {
  level: process.env.LOG_LEVEL ?? 'http',
  format: formats.prettyPrint({ colors: process.env.LOG_COLORS !== '0' }),
  transports: [
    new winston.transports.Console({
      stderrLevels: process.env.LOG_TO_STDERR === '1' ? levels : ['error'],
    }),
  ],
};
