export * from './group-policy';
export * from './lync-files';
