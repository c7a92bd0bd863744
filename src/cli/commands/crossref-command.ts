import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { withUser } from '../../actions/action-context.js';
import { getCrossrefDeposit } from '../../actions/get-crossref-deposit.js';
import { setPublicationDoi } from '../../actions/set-publication-doi.js';
import { SYSTEM_ACTOR } from '../../domain/permissions.js';
import { publicationPath } from '../../domain/publication.js';
import { crossrefDepositXml, crossrefTimestamp, type CrossrefDepositor } from '../../render/crossref/crossref-deposit.js';
import { CliUsageError } from '../cli-errors.js';
import type { CliIo, CliRuntime, CliSession } from '../cli-runtime.js';
import { databaseOverrides, withDatabaseOptions, type CommonOptions } from '../common-options.js';

interface CrossrefOptions extends CommonOptions {
  series?: string;
  out?: string;
  depositorName?: string;
  depositorEmail?: string;
  registrant?: string;
}

/**
 * The deposit XML for one publication (by code) or a whole series. The
 * depositor defaults to the institute (site settings' name) at
 * IMPRINT_ADMIN_EMAIL; each part can be given on the command line.
 */
export async function buildCrossrefDeposit(session: CliSession, code: string | undefined, options: CrossrefOptions): Promise<string> {
  const ctx = withUser(session.context(null), SYSTEM_ACTOR);
  const data = await getCrossrefDeposit(ctx, { ...(code ? { code } : {}), ...(options.series ? { series: options.series } : {}) });
  const email = options.depositorEmail ?? session.config.adminEmail;
  if (!email) throw new CliUsageError('give --depositor-email or set IMPRINT_ADMIN_EMAIL: Crossref sends its submission report there');
  const { settings } = data;
  const depositor: CrossrefDepositor = {
    name: options.depositorName ?? settings.name,
    email,
    registrant: options.registrant ?? settings.name,
  };
  const createdAt = ctx.clock.now();
  const subject = (code ?? options.series ?? 'deposit').toLowerCase().replace(/[^a-z0-9-]/g, '');
  return crossrefDepositXml({
    batchId: `imprint-${subject.slice(0, 36)}-${crossrefTimestamp(createdAt)}`,
    createdAt,
    depositor,
    reports: data.items.map(({ publication, series }) => ({
      title: publication.title,
      authorNames: publication.authors.map((a) => a.name),
      date: publication.date,
      code: publication.code,
      doi: publication.doi,
      url: `${session.config.baseUrl}${publicationPath(series.slug, publication)}`,
      institution: { name: settings.name, acronym: settings.shortName && settings.shortName !== settings.name ? settings.shortName : null },
    })),
  });
}

export function registerCrossrefCommands(program: Command, runtime: CliRuntime, io: CliIo): void {
  withDatabaseOptions(program.command('crossref'))
    .description('write the Crossref deposit XML (report-paper, schema 5.3.0) for a publication code or a --series')
    .argument('[code]', 'publication code, e.g. IP24112')
    .option('--series <slug>', 'every publication of this series that has a DOI')
    .option('--out <file>', 'write the XML to this file instead of standard output')
    .option('--depositor-name <name>', 'depositor name (default: the institute\'s name)')
    .option('--depositor-email <email>', 'depositor e-mail (default: IMPRINT_ADMIN_EMAIL)')
    .option('--registrant <name>', 'registrant (default: the institute\'s name)')
    .action(async (code: string | undefined, options: CrossrefOptions) => {
      if (Boolean(code) === Boolean(options.series)) throw new CliUsageError('name one publication code or one --series, not both or neither');
      const session = await runtime.open(runtime.loadConfig(databaseOverrides(options)), { migrate: false });
      try {
        const xml = await buildCrossrefDeposit(session, code, options);
        if (options.out) {
          writeFileSync(options.out, xml);
          io.stdout(`Crossref deposit written to ${options.out}\n`);
        } else {
          io.stdout(xml);
        }
      } finally {
        await session.close();
      }
    });

  withDatabaseOptions(program.command('doi'))
    .description('set (or --clear) the DOI a publication was registered under')
    .argument('<code>', 'publication code, e.g. IP24112')
    .argument('[doi]', 'the DOI, e.g. 10.1234/rsis.ip24112')
    .option('--clear', 'remove the DOI')
    .action(async (code: string, doi: string | undefined, options: CommonOptions & { clear?: boolean }) => {
      if (Boolean(doi) === Boolean(options.clear)) throw new CliUsageError('give a DOI or --clear');
      const session = await runtime.open(runtime.loadConfig(databaseOverrides(options)), { migrate: false });
      try {
        const ctx = withUser(session.context(null), SYSTEM_ACTOR);
        const saved = await setPublicationDoi(ctx, { publication: code, doi: options.clear ? null : doi ?? null });
        io.stdout(saved.doi ? `${saved.code ?? code}: DOI ${saved.doi}\n` : `${saved.code ?? code}: DOI cleared\n`);
      } finally {
        await session.close();
      }
    });
}
