export { buildApp, type AppOptions } from './app';
export {
  startVigilServer,
  defaultWebDistDir,
  type StartOptions,
  type RunningServer,
} from './start';
export { vigilVersion } from './version';
