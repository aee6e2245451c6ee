export * from './admin-settings';
export * from './connection-settings';
export * from './lync-policies';
