export * from './fault-switch';
export * from './fault-switches';
export * from './fault-args-words';
