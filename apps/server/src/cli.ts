import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { defaultOrganisationSettings, isMunicipalityCode, Role, AuditAction } from '@varn/domain';
import { emailSchema } from '@varn/contracts';
import { loadConfig } from './config';
import { connectDatabase, type RunningDatabase } from './db/database';
import { auditWithoutCaller, verifyAuditTrail } from './modules/audit';
import { findOrganisationByName, insertOrganisation } from './modules/organisations';
import { insertDefaultTemplate } from './modules/riskguide';
import { insertDefaultTaxonomy } from './modules/taxonomy';
import { createInvitedUser } from './modules/users';
import { findMailsOfOrganisation } from './modules/mail';
import { findOrganisationById } from './modules/organisations';
import { aggregatePtu, ptuTables, writeExport } from './modules/situation';

/**
 * The admin CLI: `npm run varn -- <command>`.
 *   migrate                                        apply pending migrations
 *   audit:verify                                   verify every audit hash chain; exit 1 on a break
 *   create-admin --org NAME --email E [--name N] [--code 0180]
 *                                                  create an organisation (if new) and invite its admin
 *   ptu-export --year Y --format csv|xlsx --out FILE (--organisation ID | --all) [--lang sv|en]
 *                                                  the anonymised PTU aggregate (issue 12 §2)
 */
const usage = `Usage: npm run varn -- <command>

Commands:
  migrate                         Apply pending database migrations.
  audit:verify                    Verify the audit trail's hash chains; prints "ok" or the first broken link.
  create-admin --org NAME --email E [--name "Full Name"] [--code 0180]
                                  Create the organisation NAME if it does not exist (MFA required for
                                  admins and security officers) and invite E as its administrator.
  ptu-export --year 2026 --format csv|xlsx --out FILE (--organisation ID | --all) [--lang sv|en]
                                  Write the anonymised aggregate in PTU groups (counts only, small
                                  cells hidden) of one organisation, or of all of the installation.
`;

async function withDatabase<T>(action: (running: RunningDatabase) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = pino({ level: 'warn' });
  const running = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
    poolSize: 2,
  });
  try {
    return await action(running);
  } finally {
    await running.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'migrate':
      await withDatabase(async () => undefined);
      process.stdout.write('migrations applied\n');
      return 0;
    case 'audit:verify':
      return await withDatabase(async ({ database }) => {
        const results = await verifyAuditTrail(database.db);
        let broken = false;
        for (const { chainKey, result } of results) {
          if (result.ok) continue;
          broken = true;
          process.stdout.write(
            `broken: chain ${chainKey} at sequence ${result.brokenAtSequence} (${result.reason}); ${result.checked} events before it are intact\n`,
          );
        }
        if (!broken) {
          const total = results.reduce((sum, { result }) => sum + result.checked, 0);
          process.stdout.write(`ok (${results.length} chains, ${total} events)\n`);
        }
        return broken ? 1 : 0;
      });
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: {
          org: { type: 'string' },
          email: { type: 'string' },
          name: { type: 'string' },
          code: { type: 'string' },
        },
      });
      const email = emailSchema.safeParse(values.email?.trim());
      if (!values.org?.trim() || !email.success) {
        process.stderr.write(`create-admin needs --org NAME and a valid --email.\n\n${usage}`);
        return 2;
      }
      const code = values.code ?? '';
      if (values.code !== undefined && !isMunicipalityCode(code)) {
        process.stderr.write('--code must be a municipality code (4 digits) or a region code (2 digits).\n');
        return 2;
      }
      const orgName = values.org.trim();
      return await withDatabase(async ({ database }) => {
        const config = loadConfig();
        const now = new Date();
        const ctx = { db: database.db, clock: () => now, config };
        const result = await database.db.transaction(async (tx) => {
          const existing = await findOrganisationByName(tx, orgName);
          const organisation =
            existing ??
            (await insertOrganisation(tx, {
              name: orgName,
              municipalityCode: code,
              mfaRequiredRoles: [...defaultOrganisationSettings.mfaRequiredRoles],
              sessionIdleMinutes: defaultOrganisationSettings.idleMinutes,
              sessionAbsoluteHours: defaultOrganisationSettings.absoluteHours,
              createdAt: now,
              updatedAt: now,
            }));
          if (!existing) {
            await insertDefaultTaxonomy(tx, organisation.id, now);
            await insertDefaultTemplate(tx, organisation.id, now);
          }
          const user = await createInvitedUser(
            ctx,
            tx,
            null,
            organisation.id,
            { email: email.data, name: values.name?.trim() || email.data, role: Role.Admin },
            now,
          );
          await auditWithoutCaller(tx, {
            organisationId: organisation.id,
            occurredAt: now,
            actorUserId: null,
            action: AuditAction.UserCreate,
            recordType: 'user',
            recordId: user.id,
            outcome: 'success',
            ip: null,
            userAgent: 'varn-cli',
            details: { role: Role.Admin, via: 'cli' },
          });
          return { organisation, created: !existing };
        });
        const [mail] = await findMailsOfOrganisation(database.db, result.organisation.id, 1);
        const link = mail?.bodyText.split('\n').find((line) => line.includes('/invitation#'));
        process.stdout.write(
          `${result.created ? 'Created' : 'Found'} organisation "${result.organisation.name}".\n` +
            `Invited ${email.data} as administrator.${config.smtpUrl ? ' The invitation is being e-mailed.' : ''}\n` +
            (link ? `One-time invitation link (valid 7 days): ${link.trim()}\n` : ''),
        );
        return 0;
      });
    }
    case 'ptu-export': {
      const { values } = parseArgs({
        args: rest,
        options: {
          year: { type: 'string' },
          format: { type: 'string' },
          out: { type: 'string' },
          organisation: { type: 'string' },
          all: { type: 'boolean' },
          lang: { type: 'string' },
        },
      });
      const year = Number(values.year ?? new Date().getFullYear());
      const format = values.format ?? 'csv';
      const lang = values.lang ?? 'sv';
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
      if (
        !Number.isInteger(year) ||
        year < 2000 ||
        year > 2100 ||
        (format !== 'csv' && format !== 'xlsx') ||
        (lang !== 'sv' && lang !== 'en') ||
        !values.out ||
        (values.all === true) === (values.organisation !== undefined) ||
        (values.organisation !== undefined && !uuid.test(values.organisation))
      ) {
        process.stderr.write(
          `ptu-export needs --year, --format csv|xlsx, --out FILE and either --organisation ID or --all.\n\n${usage}`,
        );
        return 2;
      }
      const out = values.out;
      const organisationId = values.organisation;
      return await withDatabase(async ({ database }) => {
        if (organisationId !== undefined && !(await findOrganisationById(database.db, organisationId))) {
          process.stderr.write(`No organisation with id ${organisationId}.\n`);
          return 1;
        }
        const aggregate = await aggregatePtu(
          database.db,
          organisationId === undefined
            ? { kind: 'installation' }
            : { kind: 'organisation', organisationId, partyId: null },
          year,
        );
        const file = await writeExport(format, ptuTables(aggregate, lang));
        await writeFile(out, file.content);
        if (organisationId !== undefined)
          await database.db.transaction(async (tx) =>
            auditWithoutCaller(tx, {
              organisationId,
              occurredAt: new Date(),
              actorUserId: null,
              action: AuditAction.SituationExport,
              recordType: 'situation',
              recordId: null,
              outcome: 'success',
              ip: null,
              userAgent: 'varn-cli',
              details: { file: 'ptu', format, year, via: 'cli' },
            }),
          );
        process.stdout.write(
          `Wrote the PTU aggregate of ${year} (${aggregate.exposureByMonth.total ?? 'fewer than 5'} incidents) to ${out}.\n`,
        );
        return 0;
      });
    }
    default:
      process.stdout.write(usage);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    process.stderr.write(
      `${code === 'email_taken' ? 'There is already an account with that e-mail address.' : error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
