import feedImport from './feed-import';
import feedInbox from './feed-inbox';
import feedSchedule from './feed-schedule';
import importHistory from './import-history';

export default { 'feed-import': feedImport, 'feed-inbox': feedInbox, 'feed-schedule': feedSchedule, 'import-history': importHistory };
