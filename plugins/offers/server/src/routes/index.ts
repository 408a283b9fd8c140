// Console API of the offers plugin (CONTRACT.md `offers`, `enrolments`): authenticated by the
// accounts plugin's console-session middleware; every action checks perimeter and rights.
import { consoleRoute as route, consoleRouter } from '@rsa/console-kit';

export default consoleRouter([
  route('GET', '/offers', 'offers.offers'),
  route('GET', '/offers/:id', 'offers.offer'),
  route('GET', '/enrolments', 'offers.enrolments'),
  route('POST', '/enrolments', 'offers.createEnrolment'),
  route('GET', '/enrolments/:id', 'offers.enrolment'),
  route('PUT', '/enrolments/:id', 'offers.updateEnrolment'),
  route('POST', '/enrolments/:id/transitions', 'offers.transition'),
  route('GET', '/operator-colleagues', 'offers.colleagues'),
  route('GET', '/events', 'offers.events'),
  route('GET', '/events/:id', 'offers.event'),
  route('GET', '/event-registrations', 'offers.registrations'),
  route('POST', '/event-registrations', 'offers.register'),
  route('PUT', '/event-registrations/:id', 'offers.presence'),
  route('GET', '/alerts/etapes-ending', 'offers.etapesEnding'),
  route('GET', '/alerts/positionnements-unanswered', 'offers.unanswered'),
  route('GET', '/offer-reports', 'offers.offerReport'),
  route('GET', '/offer-reports/export', 'offers.offerReportExport'),
]);
