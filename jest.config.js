// One jest run, four projects: pure domain tests, console components in jsdom, HTTP integration
// tests against a booted Strapi, and browser tests in Debian's Chromium. `npm test` runs them all on SQLite;
// `npm run test:pg` runs the integration project on a throw-away PostgreSQL database.
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/config/tsconfig.jest.json' }],
};
// Unit tests read the vocabulary's sources, as the console's Vite build does. Integration and
// browser tests boot the plugins' compiled dist/, which must find the package's compiled dist/
// exactly as Strapi does in production: no mapping there.
// The domain rules shared through console-kit (domain/list-choice) likewise.
const moduleNameMapper = {
  '^@rsa/vocabulary$': '<rootDir>/packages/vocabulary/src/index.ts',
  '^@rsa/console-kit$': '<rootDir>/plugins/console-kit/src/index.ts',
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      transform,
      moduleNameMapper,
      testEnvironment: 'node',
      // Generator and property tests do real work; 5 s is too tight on a loaded 2-core machine.
      setupFilesAfterEnv: ['<rootDir>/test/support/unit-timeout.ts'],
      testMatch: [
        '<rootDir>/packages/*/src/**/*.test.ts',
        '<rootDir>/plugins/console-kit/src/**/*.test.ts',
        '<rootDir>/plugins/*/domain/**/*.test.ts',
        '<rootDir>/plugins/*/server/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/admin/src/**/*.test.ts',
      ],
    },
    {
      // Console components (*.test.tsx) rendered with Testing Library in jsdom.
      displayName: 'components',
      rootDir: __dirname,
      // A few dependencies of react-admin ship ES modules only: compiled to CommonJS like our code.
      transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/config/tsconfig.jest-components.json' }] },
      transformIgnorePatterns: ['/node_modules/(?!(react-hotkeys-hook)/)'],
      moduleNameMapper,
      testEnvironment: '<rootDir>/test/support/jsdom-environment.js',
      setupFilesAfterEnv: ['<rootDir>/test/support/unit-timeout.ts'],
      testMatch: ['<rootDir>/admin/src/**/*.test.tsx'],
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      transform,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      slowTestThreshold: 30,
      setupFilesAfterEnv: ['<rootDir>/test/support/long-timeout.ts'],
    },
    {
      displayName: 'browser',
      rootDir: __dirname,
      transform,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/long-timeout.ts'],
      globalSetup: '<rootDir>/test/browser/support/global-setup-browser.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
