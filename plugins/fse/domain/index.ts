export * from './step-rules';
export * from './questionnaire';
