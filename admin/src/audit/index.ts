import { AuditEntryList } from './AuditEntryList';

export default { list: AuditEntryList };
