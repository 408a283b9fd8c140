// Console API of the CER (CONTRACT.md `cers`, FEATURES C1–C6): authenticated by the accounts
// plugin's console-session middleware (it sets ctx.state.consoleUser on every /api/console
// request); every action checks the perimeter and the rights itself.
import { consoleRoute as route, consoleRouter } from '@rsa/console-kit';

const consoleRoutes = consoleRouter([
  route('GET', '/cers', 'cers.find'),
  route('POST', '/cers', 'cers.create'),
  route('GET', '/cers/:id', 'cers.findOne'),
  route('PUT', '/cers/:id', 'cers.update'),
  route('GET', '/cers/:id/transitions', 'cers.transitions'),
  route('POST', '/cers/:id/transitions', 'cers.transition'),
  route('GET', '/cers/:id/document', 'cers.document'),
  route('POST', '/cers/:id/objectives', 'cer-objectives.create'),
  route('PUT', '/cers/:id/objectives/:objectiveId', 'cer-objectives.update'),
  route('DELETE', '/cers/:id/objectives/:objectiveId', 'cer-objectives.delete'),
  route('POST', '/cers/:id/objectives/:objectiveId/links', 'cer-objectives.createLink'),
  route('DELETE', '/cers/:id/objectives/:objectiveId/links/:linkId', 'cer-objectives.deleteLink'),
  route('GET', '/cers/:id/signature/preview', 'cer-signatures.preview'),
  route('POST', '/cers/:id/signature', 'cer-signatures.start'),
  route('GET', '/cers/:id/signature/document', 'cer-signatures.document'),
  route('POST', '/cers/:id/signature/confirm', 'cer-signatures.confirm'),
  route('GET', '/cers/:id/signed-document', 'cer-signatures.signedDocument'),
  route('GET', '/alerts/cer-renewal', 'cer-reports.renewalAlert'),
  route('GET', '/cer-queue', 'cer-dashboard.queue'),
  route('GET', '/charts/cers', 'cer-dashboard.charts'),
]);

export default {
  ...consoleRoutes,
  // Outside /api/console: the shipped templates, for the CMS's « Modèle de document » help.
  templates: {
    type: 'content-api' as const,
    prefix: '/cer',
    routes: [{ method: 'GET', path: '/templates/:name/default', handler: 'cer-templates.defaultTemplate', config: { auth: false as const } }],
  },
};
