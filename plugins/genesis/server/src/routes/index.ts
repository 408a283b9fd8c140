const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: { auth: false as const } });

export default {
  console: {
    type: 'content-api',
    prefix: '/console',
    routes: [route('GET', '/genesis-imports', 'imports.find'), route('GET', '/genesis-imports/:id', 'imports.findOne')],
  },
};
