export * from './console-error';
export * from './console-user';
export * from './controller';
export * from './http-context';
export * from './simple-rest';
export * from './job-lock';
export * from './ensure-indexes';
export * from './today';
