import accessLinks from './access-links';
import auth from './auth';
import organisation from './organisation';
import sessions from './sessions';
import users from './users';

export default { auth, organisation, sessions, users, 'access-links': accessLinks };
