// Console API of the file active (CONTRACT.md): authenticated by the accounts plugin's
// console-session middleware; every action checks the perimeter and the rights itself.
const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: { auth: false as const } });

export default {
  console: {
    type: 'content-api',
    prefix: '/console',
    routes: [
      route('GET', '/beneficiaries', 'beneficiaries.find'),
      route('GET', '/beneficiaries/:id', 'beneficiaries.findOne'),
      route('PUT', '/beneficiaries/:id/contact', 'beneficiaries.updateContact'),
      route('POST', '/beneficiaries/:id/midem-request', 'beneficiaries.requestMidem'),
      route('GET', '/beneficiaries/:id/timeline', 'beneficiaries.timeline'),
      route('GET', '/search', 'beneficiaries.search'),
      route('PUT', '/assignments/:id', 'assignments.update'),
      route('POST', '/assignments', 'assignments.create'),
      route('GET', '/standbys', 'file-records.standbysFind'),
      route('POST', '/standbys', 'file-records.standbysCreate'),
      route('PUT', '/standbys/:id', 'file-records.standbysUpdate'),
      route('DELETE', '/standbys/:id', 'file-records.standbysDelete'),
      route('GET', '/characteristics', 'file-records.characteristicsFind'),
      route('POST', '/characteristics', 'file-records.characteristicsCreate'),
      route('GET', '/annex-items', 'file-records.annexFind'),
      route('POST', '/annex-items', 'file-records.annexCreate'),
      route('DELETE', '/annex-items/:id', 'file-records.annexDelete'),
      route('GET', '/reference-items', 'file-records.referenceItemsFind'),
      route('GET', '/notes', 'file-records.notesFind'),
      route('POST', '/notes', 'file-records.notesCreate'),
      route('PUT', '/notes/:id', 'file-records.notesUpdate'),
      route('GET', '/users', 'workspace.usersFind'),
      route('GET', '/saved-searches', 'workspace.savedSearchesFind'),
      route('POST', '/saved-searches', 'workspace.savedSearchesCreate'),
      route('DELETE', '/saved-searches/:id', 'workspace.savedSearchesDelete'),
      route('GET', '/search-history', 'workspace.searchHistoryFind'),
      route('GET', '/preferences/alert-filter', 'workspace.alertFilterGet'),
      route('PUT', '/preferences/alert-filter', 'workspace.alertFilterSet'),
      route('GET', '/audit-entries', 'workspace.auditFind'),
      route('GET', '/reports/:name', 'workspace.reportFind'),
      route('GET', '/reports/:name/export', 'workspace.reportExport'),
    ],
  },
};
