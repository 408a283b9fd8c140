// The product's vocabulary, one definition for the plugins and the console. No framework, no
// Node API, no DOM: the plugins require the compiled CommonJS (dist/), the console's Vite bundle
// and jest read the sources.
export * from './calendar-date';
export * from './cer-states';
export * from './cnaf-codes';
export * from './escape-cell';
export * from './file-states';
export * from './fold-for-search';
export * from './profiles';
export * from './report-catalogue';
export * from './home-widgets';
export * from './paris-time';
export * from './appointment-statuses';
export * from './positionnement-states';
export * from './list-count';
export * from './console-shapes';
