import assignments from './assignments';
import audit from './audit';
import beneficiaries from './beneficiaries';
import scope from './scope';
import search from './search';

export default { assignments, audit, beneficiaries, scope, search };
