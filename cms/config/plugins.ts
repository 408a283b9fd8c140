// The domain lives in local plugins (workspaces under ../plugins, dependencies of this app).
export default () => ({
  accounts: { enabled: true },
  'file-active': { enabled: true },
  genesis: { enabled: true },
  cer: { enabled: true },
});
