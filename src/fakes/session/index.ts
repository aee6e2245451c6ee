export * from './session-lifecycle';
