import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Command, CommanderError } from 'commander';
import {
  createMonitoringReport,
  MonitoringInputError,
  renderReportHtml,
} from '@vigil/core/monitoring';
import { CliError } from '../cli-error';
import { createProgressBar } from './report-progress';
import { parseReportFlags, type ReportFlags } from './report-options';

/** `vigil report FILE`: the standard monitoring report of a prediction log, as JSON or HTML. */
export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      'Compute the monitoring report (discrimination, calibration, fairness, drift) of a prediction log',
    )
    .argument('<file>', 'prediction log: CSV with a header row, plain or gzip')
    .option('--format <format>', 'json or html', 'json')
    .option('--out <file>', 'write the report to this file instead of stdout')
    .option('--threshold <p>', 'flag rule: flagged = score >= threshold', '0.5')
    .option(
      '--split <iso>',
      'reference = scored before this instant, current = from it (default: the start of the latest window, so the latest month is compared with all before it)',
    )
    .option('--score-col <name>', 'score column', 'score')
    .option('--label-col <name>', 'outcome column (0/1, true/false, yes/no)', 'label')
    .option('--time-col <name>', 'timestamp column (ISO-8601, UTC when no offset)', 'scored_at')
    .option('--id-col <name>', 'prediction id column', 'prediction_id')
    .option(
      '--groups <list>',
      'subgroup attributes, comma-separated (default: sex,race_ethnicity,age_group,payer,site)',
    )
    .option(
      '--features <list>',
      'numeric inputs for drift, comma-separated (default: lactate,heart_rate,age)',
    )
    .option(
      '--score-kind <kind>',
      'probability (in [0,1]) or score (any real number)',
      'probability',
    )
    .option(
      '--positive-label <value>',
      'outcome value that means positive, for text outcomes; other values are 0',
    )
    .option('--min-group-n <n>', 'censor subgroups with fewer labeled rows', '10')
    .option('--window <size>', 'time windows: month, week or quarter', 'month')
    .exitOverride(usageErrorsExitWith2)
    .action(async (file: string, raw: Record<string, unknown>, command: Command) => {
      await runReport(file, parseReportFlags(raw, command));
    });
}

// Commander exits 1 on unknown options and missing arguments; usage errors exit 2 here.
function usageErrorsExitWith2(error: CommanderError): never {
  if (error.exitCode === 0) throw error;
  throw new CommanderError(2, error.code, error.message);
}

async function runReport(file: string, flags: ReportFlags): Promise<void> {
  const progress = createProgressBar(process.stderr);
  try {
    const report = await createMonitoringReport({
      path: file,
      columns: flags.columns,
      report: flags.report,
      onProgress: progress.update,
      onParsed: (rows) =>
        progress.phase(`computing the report on ${rows.toLocaleString('en-US')} rows`),
    });
    progress.done();
    const text =
      flags.format === 'html'
        ? renderReportHtml(report, {
            source: basename(file),
            generatedAt: new Date().toISOString(),
          })
        : `${JSON.stringify(report, null, 2)}\n`;
    if (flags.out === undefined) await writeStdout(text);
    else await writeFile(flags.out, text);
  } catch (error) {
    progress.done();
    if (error instanceof MonitoringInputError)
      throw new CliError(`${error.message} [${error.code}]`, 2);
    throw error;
  }
}

/** Writes to stdout; a reader that closes early (`| head`) is not an error. */
async function writeStdout(text: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    process.stdout.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' ? resolve() : reject(error),
    );
    process.stdout.write(text, () => resolve());
  });
}
