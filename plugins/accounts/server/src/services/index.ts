import accessLinks from './access-links';
import auth from './auth';
import sessions from './sessions';
import users from './users';

export default { auth, sessions, users, 'access-links': accessLinks };
