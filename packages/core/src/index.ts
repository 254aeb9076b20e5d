export * from './errors';
export * from './ids';
export * from './severity';
export * from './permissions';
export * from './actor';
export * from './token-secret';
