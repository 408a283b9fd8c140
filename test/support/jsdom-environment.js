// jsdom without the fetch-era globals react-router needs (Request, AbortController…): lend it
// Node's own, so that navigation inside a component test runs as in a browser.
const { TestEnvironment } = require('jest-environment-jsdom');

class ConsoleEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['Request', 'Response', 'Headers', 'fetch', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'structuredClone']) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = ConsoleEnvironment;
