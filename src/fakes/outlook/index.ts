export * from './outlook-profiles';
