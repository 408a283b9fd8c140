export * from './positionnement';
export * from './event-registration';
export * from './alerts';
