// One jest run, three projects: pure domain tests, HTTP integration tests against a booted
// Strapi, and browser tests in Debian's Chromium. `npm test` runs them all on SQLite;
// `npm run test:pg` runs the integration project on a throw-away PostgreSQL database.
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/config/tsconfig.jest.json' }],
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      transform,
      testEnvironment: 'node',
      // Generator and property tests do real work; 5 s is too tight on a loaded 2-core machine.
      setupFilesAfterEnv: ['<rootDir>/test/support/unit-timeout.ts'],
      testMatch: [
        '<rootDir>/plugins/*/domain/**/*.test.ts',
        '<rootDir>/plugins/*/server/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/admin/src/**/*.test.ts',
      ],
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
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
