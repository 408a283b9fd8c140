// A short list of the passwords people pick first, international and French, plus words of
// this service that an attacker would try before anything else. It is matched after the
// normalisation of password-policy.ts (lowercase, accents off, digits and specials stripped
// at the ends, common letter substitutions undone), so "Azerty2024!" and "P@ssw0rd123" hit
// "azerty" and "password". Entries are written as people type them; they are normalised
// the same way when the module loads.
export const COMMON_PASSWORDS: readonly string[] = [
  // International top lists
  'password', 'passw0rd', 'password1', 'qwerty', 'qwertyuiop', 'qwerty123', 'abc123', 'abcdef',
  'abcd1234', 'letmein', 'welcome', 'monkey', 'dragon', 'master', 'shadow', 'sunshine',
  'princess', 'football', 'baseball', 'soccer', 'hockey', 'superman', 'batman', 'spiderman',
  'iloveyou', 'trustno1', 'whatever', 'freedom', 'starwars', 'pokemon', 'michael', 'jennifer',
  'jordan', 'hunter', 'harley', 'ranger', 'buster', 'thomas', 'tigger', 'charlie', 'robert',
  'daniel', 'andrew', 'jessica', 'pepper', 'ginger', 'cookie', 'summer', 'winter', 'flower',
  'hello', 'hello123', 'login', 'admin', 'administrator', 'root', 'changeme', 'secret',
  'access', 'master123', 'computer', 'internet', 'google', 'samsung', 'apple', 'microsoft',
  'zxcvbnm', 'asdfgh', 'asdfghjkl', 'qazwsx', 'qwe123', '1q2w3e4r', '1qaz2wsx', 'zaq12wsx',
  'passpass', 'test', 'testtest', 'guest', 'default', 'user', 'utilisateur', 'killer',
  'matrix', 'mustang', 'corvette', 'ferrari', 'porsche', 'yankees', 'lakers', 'chelsea',
  'liverpool', 'arsenal', 'barcelona', 'realmadrid', 'juventus', 'loveyou', 'lovely',
  'angel', 'angels', 'babygirl', 'sweety', 'sweetheart', 'cheese', 'chocolate', 'banana',
  'orange', 'purple', 'silver', 'golden', 'diamond', 'biteme', 'fuckyou', 'azsxdc',
  // French top lists
  'azerty', 'azertyuiop', 'azerty123', 'azertyui', 'azertyu', 'aqwzsx', 'wxcvbn',
  'motdepasse', 'mot2passe', 'motdepass', 'mdp', 'bonjour', 'bonsoir', 'salut', 'coucou',
  'soleil', 'doudou', 'loulou', 'chouchou', 'nounours', 'bisounours', 'cheval', 'chaton',
  'chouette', 'titi', 'toto', 'tata', 'tutu', 'lolo', 'lulu', 'jetaime', 'jtm', 'mamour',
  'monamour', 'amour', 'bebe', 'maman', 'papa', 'famille', 'princesse', 'doudoune',
  'chocolat', 'fromage', 'camembert', 'baguette', 'marseille', 'paris', 'lyon', 'toulouse',
  'bordeaux', 'nantes', 'france', 'bretagne', 'olympique', 'allezlom', 'psg', 'om',
  'nicolas', 'julien', 'camille', 'marie', 'sophie', 'isabelle', 'nathalie', 'stephanie',
  'sandrine', 'celine', 'aurelie', 'julie', 'laurent', 'sebastien', 'frederic', 'christophe',
  'pierre', 'philippe', 'olivier', 'alexandre', 'antoine', 'maxime', 'lucas', 'enzo',
  'clement', 'manon', 'lea', 'chloe', 'emma', 'ines', 'louise', 'jade', 'vacances',
  'printemps', 'automne', 'hiver', 'ete', 'liberte', 'bienvenue', 'secret', 'secrets',
  'tresor', 'etoile', 'lumiere', 'papillon', 'licorne', 'dauphin', 'tigre', 'lion',
  'jesus', 'dieu', 'merci', 'chance', 'victoire', 'champion', 'football', 'rugby',
  'administrateur', 'travail', 'bureau', 'connexion', 'accueil', 'nouveau', 'changer',
  // This service: the words an attacker who knows where the form lives tries first
  'ardeche', 'ardeche07', 'privas', 'annonay', 'aubenas', 'tournon', 'departement',
  'departement07', 'cd07', 'conseildepartemental', 'rsa', 'insertion', 'referent', 'dtas',
  'viesion', 'genesis', 'beneficiaire', 'secretariat', 'accompagnement',
];
