// Console API of the fse plugin: authenticated by the accounts plugin's console-session
// middleware; every action checks perimeter and rights in its service.
import { consoleRoute as route, consoleRouter } from '@rsa/console-kit';

export default consoleRouter([
  route('GET', '/fse-operations', 'fse.operations'),
  route('POST', '/fse-operations', 'fse.createOperation'),
  route('GET', '/fse-operations/:id', 'fse.operation'),
  route('PUT', '/fse-operations/:id', 'fse.updateOperation'),
  route('GET', '/fse-conventions', 'fse.conventions'),
  route('GET', '/fse-conventions/:id', 'fse.convention'),
  route('PUT', '/fse-conventions/:id/questionnaires/:kind', 'fse.saveQuestionnaire'),
  route('GET', '/fse-questions', 'fse.questions'),
  route('GET', '/fse-completeness', 'fse.completeness'),
  route('GET', '/fse-conflicts', 'fse.conflicts'),
  route('GET', '/fse-participants/export', 'fse.exportParticipants'),
]);
