import feedImport from './feed-import/schema.json';
import feedStagingRow from './feed-staging-row/schema.json';
import feedStagingCharacteristic from './feed-staging-characteristic/schema.json';
import feedPersonHash from './feed-person-hash/schema.json';

export default {
  'feed-import': { schema: feedImport },
  'feed-staging-row': { schema: feedStagingRow },
  'feed-staging-characteristic': { schema: feedStagingCharacteristic },
  'feed-person-hash': { schema: feedPersonHash },
};
