import documents from './documents';
import merges from './merges';

export default { documents, merges };
