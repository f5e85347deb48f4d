import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The database, declared once. Portable between SQLite and PostgreSQL: ids are text (UUIDs or
 * slugs), timestamps ISO-8601 text, JSON text columns, numbers `double precision`. Repositories
 * convert at the edge (JSON parsing, PostgreSQL's numeric strings).
 */
export interface Database {
  municipalities: MunicipalityTable;
  rubric_versions: RubricVersionTable;
  evaluations: EvaluationTable;
  team_members: TeamMemberTable;
  evidence: EvidenceTable;
  evidence_questions: EvidenceQuestionTable;
  evaluator_scores: EvaluatorScoreTable;
  consensus_scores: ConsensusScoreTable;
  area_texts: AreaTextTable;
  reference_results: ReferenceResultTable;
  audit_log: AuditLogTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  user_identities: UserIdentityTable;
  oidc_logins: OidcLoginTable;
  signup_domains: SignupDomainTable;
  user_tokens: UserTokenTable;
  plans: PlanTable;
  actions: ActionTable;
  action_notes: ActionNoteTable;
  goals: GoalTable;
  goal_measurements: GoalMeasurementTable;
  documents: DocumentTable;
  document_files: DocumentFileTable;
  passages: PassageTable;
  citations: CitationTable;
  report_texts: ReportTextTable;
  evaluation_contacts: EvaluationContactTable;
  questionnaire_submissions: QuestionnaireSubmissionTable;
  questionnaire_answers: QuestionnaireAnswerTable;
  answer_documents: AnswerDocumentTable;
  self_assessments: SelfAssessmentTable;
  interviewees: IntervieweeTable;
  interviews: InterviewTable;
}

/** Every mutable record carries `version`; an update names the version it was based on. */
interface Versioned {
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MunicipalityTable extends Versioned {
  id: string;
  /** SCB kommunkod, unique. */
  code: string;
  name: string;
  official_name: string | null;
}

/** A rubric file as it was when an evaluation pinned it: id, version, checksum and full text. */
export interface RubricVersionTable {
  id: string;
  rubric_id: string;
  version: string;
  checksum: string;
  title: string;
  /** The rubric file's JSON text, kept so later edits of the file never change old results. */
  content: string;
  loaded_at: string;
  /** A draft (imported, editable by re-import, seen by admins only) or published (frozen). */
  status: ColumnType<RubricVersionStatus, RubricVersionStatus | undefined, RubricVersionStatus>;
  /** `file`: a shipped rubric file; `import`: imported by an admin (JSON or Excel). */
  origin: ColumnType<RubricVersionOrigin, RubricVersionOrigin | undefined, RubricVersionOrigin>;
  published_at: string | null;
  /** The admin who imported (or last re-imported) the version; null for files. */
  imported_by: string | null;
}

export type RubricVersionStatus = 'draft' | 'published';
export type RubricVersionOrigin = 'file' | 'import';
export type RubricVersionRow = Selectable<RubricVersionTable>;

export type EvaluationStatus = 'draft' | 'visit' | 'consensus' | 'published';

export interface EvaluationTable extends Versioned {
  id: string;
  municipality_id: string;
  rubric_version_id: string;
  /** YYYY-MM or YYYY-MM-DD: when the evaluation was made (the report's month). */
  date: string;
  visit_start: string | null;
  visit_end: string | null;
  status: EvaluationStatus;
  /** Kortfakta om kommunen: JSON object of label -> text. */
  facts: string;
  published_at: string | null;
  /** 1: an evaluator sees the others' own scores of a delfråga only after scoring it (issue #15). */
  blind_scoring: ColumnType<number, number | undefined, number>;
}

export interface TeamMemberTable {
  id: string;
  evaluation_id: string;
  name: string;
  position: number;
  /** The user account behind the evaluator, when there is one. */
  user_id: string | null;
}

export type EvidenceKind = 'interview' | 'document' | 'webPage';
export type IntervieweeGroup =
  | 'politicianMajority'
  | 'politicianOpposition'
  | 'official'
  | 'unionRepresentative'
  | 'other';

export interface EvidenceTable extends Versioned {
  id: string;
  evaluation_id: string;
  kind: EvidenceKind;
  /** Interview date, document date or the date a web page was seen (YYYY-MM-DD). */
  date: string | null;
  /** Document title, web page title, or a label for the interview. */
  title: string | null;
  interviewee_group: IntervieweeGroup | null;
  /** The interviewee's function, e.g. "kommundirektör". */
  function: string | null;
  /** A document reference, or the URL of a document or web page. */
  reference: string | null;
  notes: string;
}

export interface EvidenceQuestionTable {
  evidence_id: string;
  question_id: string;
}

export interface EvaluatorScoreTable extends Versioned {
  id: string;
  evaluation_id: string;
  member_id: string;
  question_id: string;
  points: ColumnType<number | null, number | null, number | null>;
  percent: ColumnType<number | null, number | null, number | null>;
  rationale: string;
}

export interface ConsensusScoreTable extends Versioned {
  id: string;
  evaluation_id: string;
  question_id: string;
  points: ColumnType<number | null, number | null, number | null>;
  percent: ColumnType<number | null, number | null, number | null>;
  rationale: string;
}

export interface AreaTextTable extends Versioned {
  id: string;
  evaluation_id: string;
  area_id: string;
  summary: string;
  /** JSON array of strings, in order. */
  strengths: string;
  /** JSON array of strings, in order. */
  improvements: string;
}

export interface ReferenceResultTable extends Versioned {
  /** A slug such as `orebro-2012`. */
  id: string;
  municipality_code: string;
  municipality_name: string;
  year: number;
  rubric_id: string;
  kind: 'municipality' | 'nationalMean';
  /** JSON object: area id -> points. */
  areas: string;
  total: number;
  source: string;
  note: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor: string;
  /** e.g. `evaluation.create`, `consensusScore.update`, `evaluation.reopen`. */
  action: string;
  entity: string;
  entity_id: string;
  evaluation_id: string | null;
  /** JSON of the record before the change (null on create). */
  before: string | null;
  /** JSON of the record after the change (null on delete). */
  after: string | null;
  /** Whom the change was made for when not the actor (a team member id); null otherwise. */
  on_behalf_of: ColumnType<string | null, string | null | undefined, string | null>;
}

export type UserRole = 'admin' | 'evaluator' | 'reader';

export interface UserTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  display_name: string;
  role: UserRole;
  /** A reader's kommun (kommunkod); null for admins and evaluators. */
  municipality_code: string | null;
  /** Where the person works ("SKL", "Katrineholms kommun"): printed with their name on a report. */
  organisation: ColumnType<string | null, string | null | undefined, string | null>;
  /** `scrypt$N$r$p$salt$hash` (see auth/password.ts). */
  password_hash: string;
  password_changed_at: string;
  /** 1 when the account may no longer log in. */
  disabled: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 (hex) of the session token in the cookie. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute end of the session, however active it is. */
  expires_at: string;
}

export interface LoginAttemptTable {
  /** `account:<email>` or `address:<ip>`. */
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

/** A user's account at an OpenID Connect provider, linked at their first sign-in. */
export interface UserIdentityTable {
  id: string;
  user_id: string;
  issuer: string;
  /** The provider's `sub`: what later sign-ins match on (an e-mail may change). */
  subject: string;
  /** The e-mail the provider gave when the account was linked. */
  email: string;
  linked_at: string;
  last_login_at: string | null;
}

/** A started OpenID Connect sign-in, deleted when its callback comes (single use). */
export interface OidcLoginTable {
  /** SHA-256 (hex) of the `state` sent to the provider. */
  id: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
  expires_at: string;
}

/** Self-registration through SSO for one e-mail domain, with the role the new user gets. */
export interface SignupDomainTable {
  id: string;
  /** Lower-cased, without `@`: `essunga.se`. */
  domain: string;
  role: UserRole;
  /** For readers: their kommun. */
  municipality_code: string | null;
  created_by: string;
  created_at: string;
}

export type UserTokenPurpose = 'invite' | 'reset';

/** A one-time link sent by e-mail: an invitation or a password reset. */
export interface UserTokenTable {
  /** SHA-256 (hex) of the token in the link. */
  id: string;
  user_id: string;
  purpose: UserTokenPurpose;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export type UserRow = Selectable<UserTable>;
export type UserIdentityRow = Selectable<UserIdentityTable>;
export type SignupDomainRow = Selectable<SignupDomainTable>;
export type UserTokenRow = Selectable<UserTokenTable>;
export type SessionRow = Selectable<SessionTable>;
export type MunicipalityRow = Selectable<MunicipalityTable>;
export type EvaluationRow = Selectable<EvaluationTable>;
export type EvidenceRow = Selectable<EvidenceTable>;
export type EvaluatorScoreRow = Selectable<EvaluatorScoreTable>;
export type ConsensusScoreRow = Selectable<ConsensusScoreTable>;
export type AreaTextRow = Selectable<AreaTextTable>;
export type ReferenceResultRow = Selectable<ReferenceResultTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLog = Insertable<AuditLogTable>;
export type MunicipalityUpdate = Updateable<MunicipalityTable>;

/** A handlingsplan: the kommun's answer to one evaluation's förbättringsområden. */
export interface PlanTable extends Versioned {
  id: string;
  /** Unique: one plan per evaluation. */
  evaluation_id: string;
  title: string;
}

export type ActionStatus = 'planned' | 'inProgress' | 'done' | 'cancelled';

/** An åtgärd of a plan, tied to an area and any of its delfrågor. */
export interface ActionTable extends Versioned {
  id: string;
  plan_id: string;
  area_id: string;
  title: string;
  description: string;
  /** JSON array of question ids, in rubric order. */
  questions: string;
  /** The förbättringsområde (improvement text) the action was created from, if any. */
  improvement: string | null;
  /** A role or a unit ("Kommunledningsförvaltningen, HR"). */
  owner: string;
  start_date: string | null;
  due_date: string | null;
  status: ActionStatus;
}

/** A note on an action's progress; notes are only added, never changed. */
export interface ActionNoteTable {
  id: string;
  action_id: string;
  author_id: string;
  author_name: string;
  text: string;
  created_at: string;
}

/** An effektmål of a plan, or of one of its actions (`action_id`). */
export interface GoalTable extends Versioned {
  id: string;
  plan_id: string;
  action_id: string | null;
  title: string;
  indicator: string;
  unit: string;
  direction: 'higherBetter' | 'lowerBetter' | 'yesNo';
  /** JSON object { met, near, notMet } of bands (text and bounds), as in the goals file. */
  bands: string;
  /** Yes/no goals: the deadline and the start of the near window (YYYY-MM-DD). */
  deadline: string | null;
  near_from: string | null;
  /** JSON observation (date and value, done or stated status): the baseline. */
  nulage: string | null;
  target_date: string | null;
  note: string;
}

/** One measurement of a goal: a value, done or not, or a stated status. Never changed. */
export interface GoalMeasurementTable {
  id: string;
  goal_id: string;
  date: string;
  value: ColumnType<number | null, number | null, number | null>;
  /** Yes/no goals: 1 done, 0 not done. */
  done: number | null;
  stated: 'met' | 'near' | 'notMet' | null;
  text: string | null;
  author_id: string;
  created_at: string;
}

export type PlanRow = Selectable<PlanTable>;
export type ActionRow = Selectable<ActionTable>;
export type ActionNoteRow = Selectable<ActionNoteTable>;
export type GoalRow = Selectable<GoalTable>;
export type GoalMeasurementRow = Selectable<GoalMeasurementTable>;

export type DocumentKind = 'styrdokument' | 'plan' | 'protokoll' | 'webbsida' | 'annat';
/** What the bytes are, judged from the bytes themselves (not the name or the client's type). */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'text';
export type ExtractionStatus = 'queued' | 'running' | 'done' | 'no-text' | 'failed';

/** A kommun's file or saved web page kept with an evaluation (its bytes in document_files). */
export interface DocumentTable extends Versioned {
  id: string;
  evaluation_id: string;
  title: string;
  kind: DocumentKind;
  /** The document's own date (decided, published, or the day a web page was seen). */
  date: string | null;
  url: string | null;
  file_name: string;
  content_type: string;
  format: DocumentFormat;
  size: number;
  sha256: string;
  added_by_id: string;
  added_by_name: string;
  /** 1 when one of the evaluation's contacts added it: the kommun's own document. */
  added_by_kommun: Generated<number>;
  extraction_status: ExtractionStatus;
  extraction_progress: number;
  extraction_pages: number | null;
  extraction_message: string | null;
  extraction_lease: string | null;
  passage_count: number;
}
export type DocumentRow = Selectable<DocumentTable>;

export interface DocumentFileTable {
  document_id: string;
  content: Uint8Array;
}

/** A paragraph or list item of a document's text, with its page and the heading above it. */
export interface PassageTable {
  id: Generated<number>;
  document_id: string;
  /** The document's evaluation (the search index narrows to it). */
  evaluation_id: string;
  ordinal: number;
  page: number | null;
  heading: string | null;
  text: string;
  /** The words as Swedish stems, space-separated: what the full-text index covers. */
  stems: string;
}
export type PassageRow = Selectable<PassageTable>;

/** A passage's exact words tied to delfrågor; kept with its quote when the document goes. */
export interface CitationTable extends Versioned {
  id: string;
  evaluation_id: string;
  document_id: string | null;
  document_title: string;
  page: number | null;
  passage_id: number | null;
  start_offset: number;
  end_offset: number;
  quote: string;
  /** JSON array of delfråga ids. */
  question_ids: string;
  created_by_id: string;
  created_by_name: string;
}
export type CitationRow = Selectable<CitationTable>;
/**
 * One version of the report's standard texts for a rubric version and language (JSON, see
 * reports/standard-texts.schemas.ts). Never updated: a save inserts the next version.
 */
export interface ReportTextTable {
  id: string;
  rubric_id: string;
  rubric_version: string;
  language: string;
  version: number;
  content: string;
  created_at: string;
  created_by: string;
}

/** A reader of the evaluated kommun invited to one evaluation before the visit (kontaktperson). */
export interface EvaluationContactTable {
  id: string;
  evaluation_id: string;
  user_id: string;
  created_by: string;
  created_at: string;
}

export type QuestionnaireStatus = 'open' | 'submitted' | 'returned';

/** Where the kommun's answers and self-assessment stand: one row per evaluation, made lazily. */
export interface QuestionnaireSubmissionTable extends Versioned {
  id: string;
  evaluation_id: string;
  status: QuestionnaireStatus;
  /** The team's comment when it sent the answers back. */
  comment: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
}

/** The kommun's answer to one written question (svar), or "ej aktuellt" with a reason. */
export interface QuestionnaireAnswerTable extends Versioned {
  id: string;
  evaluation_id: string;
  /** A written question's id (a delfråga's id when the rubric has no list of its own). */
  question_id: string;
  text: string;
  /** 1 when the kommun marked the question "ej aktuellt". */
  not_applicable: number;
  not_applicable_reason: string;
  updated_by: string;
}

/** A document of the library attached to the kommun's answer to one written question. */
export interface AnswerDocumentTable {
  id: string;
  evaluation_id: string;
  /** The written question's id, as in questionnaire_answers. */
  question_id: string;
  document_id: string;
  created_by: string;
  created_at: string;
}
export type AnswerDocumentRow = Selectable<AnswerDocumentTable>;

export type SelfAssessmentLevel = 'notAtAll' | 'partly' | 'largely' | 'fully';

/** The kommun's own estimate of one delfråga: points, or a level of the four-step scale. */
export interface SelfAssessmentTable extends Versioned {
  id: string;
  evaluation_id: string;
  question_id: string;
  points: ColumnType<number | null, number | null, number | null>;
  level: SelfAssessmentLevel | null;
  updated_by: string;
}

export type ScheduleGroup = 'politician' | 'official' | 'unionRepresentative' | 'other';

/** A person the kommun proposes for an interview. */
export interface IntervieweeTable extends Versioned {
  id: string;
  evaluation_id: string;
  name: string;
  function: string;
  interviewee_group: ScheduleGroup;
  /** JSON array of free-text preferred time slots ("tis 12/5 fm"). */
  preferred_times: string;
  proposed_by: string;
}

/** One interview of the visit's schedule, with one or more interviewees. */
export interface InterviewTable extends Versioned {
  id: string;
  evaluation_id: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, local time (Europe/Stockholm). */
  start_time: string;
  end_time: string;
  /** A room; may be empty when the interview is by video. */
  location: string;
  video_link: string | null;
  /** JSON array of interviewee ids. */
  interviewee_ids: string;
}

export type EvaluationContactRow = Selectable<EvaluationContactTable>;
export type QuestionnaireSubmissionRow = Selectable<QuestionnaireSubmissionTable>;
export type QuestionnaireAnswerRow = Selectable<QuestionnaireAnswerTable>;
export type SelfAssessmentRow = Selectable<SelfAssessmentTable>;
export type IntervieweeRow = Selectable<IntervieweeTable>;
export type InterviewRow = Selectable<InterviewTable>;
