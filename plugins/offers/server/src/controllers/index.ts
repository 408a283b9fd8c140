import offers from './offers';

export default { offers };
