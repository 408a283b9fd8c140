import feedImport from './feed-import';

export default { 'feed-import': feedImport };
