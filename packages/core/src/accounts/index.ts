export * from './users.service';
export * from './auth.service';
export * from './tokens.service';
export { defaultAuthPolicy, type AuthPolicy } from './auth.policy';
export { hashPassword, randomSecret } from './secrets';
