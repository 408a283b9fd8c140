export * from './console-error';
export * from './console-user';
export * from './controller';
export * from './http-context';
export * from './simple-rest';
