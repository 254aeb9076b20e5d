export { startServer, type StartOptions, type RunningServer } from './main';
export { buildApp, type AppOptions } from './app';
export { loadConfig, type ServerOptions, type ServerConfig } from './config';
export { createRuntime, type Runtime } from './compose';
export { createLogger } from './logger';
export { createFailureLimiter } from './plugins/failure-limiter';
export { adminBootstrap, adminCreateToken } from './admin';
export { setupDemo, waitForScan, DEMO_FIXTURE, type DemoSetup } from './demo';
export { createGitProbe } from './git-probe';
