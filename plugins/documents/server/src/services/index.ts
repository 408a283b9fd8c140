import documentStore from './document-store';

export default { 'document-store': documentStore };
