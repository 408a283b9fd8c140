import accessLinks from './access-links';
import auth from './auth';

export default { auth, 'access-links': accessLinks };
