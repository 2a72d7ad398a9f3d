/**
 * The browser-test harness: a Vigil server on a fresh demo database, Chromium driving the built
 * web app, user actions, and the accessibility and screenshot checks every spec uses.
 */
export * from './session';
export * from './actions';
export * from './checks';
