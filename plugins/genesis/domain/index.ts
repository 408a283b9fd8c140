/**
 * The Genesis feed, pure side: reading a file (read-feed), checking rows (validate-row), what an
 * import keeps (feed-characteristics) and the extraction date. No Strapi, no database.
 */
export * from './extraction-date';
export * from './feed-characteristics';
export * from './feed-columns';
export * from './feed-encoding';
export * from './feed-header';
export * from './feed-refused.error';
export * from './feed-row';
export * from './read-feed';
export * from './validate-row';
export * from './merge-assignment';
export * from './merge-characteristics';
