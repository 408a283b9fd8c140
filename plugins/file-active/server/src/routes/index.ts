// Console API of the file active (CONTRACT.md): authenticated by the accounts plugin's
// console-session middleware; every action checks the perimeter itself.
const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: { auth: false as const } });

export default {
  console: {
    type: 'content-api',
    prefix: '/console',
    routes: [
      route('GET', '/beneficiaries', 'beneficiaries.find'),
      route('GET', '/beneficiaries/:id', 'beneficiaries.findOne'),
      route('PUT', '/assignments/:id', 'assignments.update'),
      route('POST', '/assignments', 'assignments.create'),
    ],
  },
};
