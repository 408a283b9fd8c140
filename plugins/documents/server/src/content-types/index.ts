import document from './document/schema.json';

export default {
  document: { schema: document },
};
