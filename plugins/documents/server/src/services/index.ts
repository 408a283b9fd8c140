import documentStore from './document-store';
import mailMerge from './mail-merge';
import mergeTemplates from './merge-templates';

export default { 'document-store': documentStore, 'merge-templates': mergeTemplates, 'mail-merge': mailMerge };
