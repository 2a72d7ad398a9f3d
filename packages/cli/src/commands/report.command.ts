import type { Command } from 'commander';

/** Placeholder replaced by the monitoring report command. */
export function registerReportCommand(_program: Command): void {}
