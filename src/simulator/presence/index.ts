export * from './presence-types';
export { ownAvailability } from './own-availability';
export { presenceMenuName } from './presence-view';
export { awayField, inactiveField } from './status-options';
