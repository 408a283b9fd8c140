import conventions from './conventions';
import operations from './operations';
import questions from './questions';

export default { conventions, operations, questions };
