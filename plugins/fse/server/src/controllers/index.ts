import fse from './fse';

export default { fse };
