export * from './fault-switch';
export * from './fault-switches';
