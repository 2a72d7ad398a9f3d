export * from './dialects';
export * from './test-core';
export * from './factories';
export * from './smtp';
