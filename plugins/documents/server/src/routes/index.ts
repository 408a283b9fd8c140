// Console API of the file's documents (CONTRACT.md `documents`), behind the accounts plugin's
// console-session middleware; every action checks the perimeter and the rights itself.
import { consoleRoute as route, consoleRouter } from '@rsa/console-kit';

export default consoleRouter([
  route('GET', '/document-types', 'documents.types'),
  route('GET', '/beneficiaries/:id/documents', 'documents.list'),
  route('POST', '/beneficiaries/:id/documents', 'documents.upload'),
  route('GET', '/documents/:id/content', 'documents.content'),
  route('GET', '/documents/:id/verification', 'documents.verify'),
  route('DELETE', '/documents/:id', 'documents.remove'),
  route('GET', '/merge-templates', 'merges.templates'),
  route('GET', '/merge-fields', 'merges.fields'),
  route('POST', '/beneficiaries/:id/merges', 'merges.file'),
  route('POST', '/appointments/:id/merges', 'merges.appointment'),
  route('POST', '/convocation-batches', 'merges.batch'),
]);
