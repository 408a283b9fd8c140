import assignments from './assignments';
import beneficiaries from './beneficiaries';

export default { assignments, beneficiaries };
