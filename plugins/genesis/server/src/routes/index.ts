import { consoleRoute as route, consoleRouter } from '@rsa/console-kit';

export default consoleRouter([route('GET', '/genesis-imports', 'imports.find'), route('GET', '/genesis-imports/:id', 'imports.findOne')]);
