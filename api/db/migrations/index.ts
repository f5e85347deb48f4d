import type { Migration } from 'kysely/migration';
import * as domain from './2026-11-23T19-00_domain';
import * as accounts from './2026-11-23T20-00_accounts';
import * as plans from './2026-11-30T08-00_plans';
import * as auditOnBehalfOf from './2026-12-04T10-00_audit_on_behalf_of';
import * as signIn from './2026-12-04T12-00_sign-in';
import * as rubricVersions from './2026-12-04T13-00_rubric-versions';
import * as documents from './2026-12-04T14-00_documents';
import * as reportTexts from './2026-12-04T15-00_report-texts';
import * as consensusReasons from './2026-12-04T16-00_consensus-reasons';
import * as kommunPart from './2026-12-04T17-00_kommun-part';
import * as answerDocuments from './2026-12-04T18-30_answer-documents';

/** Every migration, by its frozen timestamp name, in order. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T19-00_domain': domain,
  '2026-11-23T20-00_accounts': accounts,
  '2026-11-30T08-00_plans': plans,
  '2026-12-04T10-00_audit_on_behalf_of': auditOnBehalfOf,
  '2026-12-04T12-00_sign-in': signIn,
  '2026-12-04T13-00_rubric-versions': rubricVersions,
  '2026-12-04T14-00_documents': documents,
  '2026-12-04T15-00_report-texts': reportTexts,
  '2026-12-04T16-00_consensus-reasons': consensusReasons,
  '2026-12-04T17-00_kommun-part': kommunPart,
  '2026-12-04T18-30_answer-documents': answerDocuments,
};
