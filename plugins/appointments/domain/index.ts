export * from './appointment-status';
export * from './booking-rights';
export * from './calendar-feed';
export * from './calendar-warnings';
export * from './reminders';
export * from './schedule';
export * from './collective';
export * from './collaborator-report';
