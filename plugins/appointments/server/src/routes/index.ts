// Console API of the appointments (CONTRACT.md `appointments`, `calendar-feed`): authenticated by
// the accounts plugin's console-session middleware; every action checks the perimeter and rights.
import { consoleRoute as route, consoleRouter } from '@rsa/console-kit';

const consoleRoutes = consoleRouter([
  route('GET', '/appointments', 'appointments.find'),
  route('POST', '/appointments', 'appointments.create'),
  route('GET', '/appointments/:id', 'appointments.findOne'),
  route('PUT', '/appointments/:id', 'appointments.update'),
  route('GET', '/appointment-summaries/:id', 'appointments.summary'),
  route('POST', '/appointment-collectives', 'appointments.createCollective'),
  route('GET', '/appointment-collectives/:id', 'appointments.collective'),
  route('PUT', '/appointment-collectives/:id', 'appointments.attendance'),
  route('GET', '/appointment-agendas', 'appointments.agendas'),
  route('GET', '/calendar-feed', 'calendar-feed.url'),
  route('DELETE', '/calendar-feed', 'calendar-feed.revoke'),
]);

export default {
  ...consoleRoutes,
  // Outside /api/console: the subscription address Outlook reads, the secret as its only credential.
  feed: {
    type: 'content-api' as const,
    prefix: '/calendar-feed',
    routes: [{ method: 'GET', path: '/:secret', handler: 'calendar-feed.feed', config: { auth: false as const } }],
  },
};
