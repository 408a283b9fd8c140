import cer from './cer/schema.json';

export default {
  'cer': { schema: cer },
};
