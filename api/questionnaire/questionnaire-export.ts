import { stringify } from 'csv-stringify/sync';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { AppDeps } from '../context';
import { questionnaireService } from './questionnaire.service';
import { selfAssessmentService } from './self-assessment.service';

export const QUESTIONNAIRE_FORMATS = ['csv', 'docx'] as const;
export type QuestionnaireFormat = (typeof QUESTIONNAIRE_FORMATS)[number];

const LEVEL_TEXT = {
  notAtAll: 'Ej alls',
  partly: 'Delvis',
  largely: 'I hög grad',
  fully: 'Fullt ut',
} as const;

/** What makes a spreadsheet read a text cell as a formula (OWASP's CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;
const inert = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
const decimal = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

interface Row {
  questionId: string;
  areaId: string;
  question: string;
  answer: string;
  notApplicable: string;
  selfAssessment: string;
  points: number | null;
  /** The titles of the documents attached to the answer, in the library's order. */
  documents: string[];
}

async function rowsOf(deps: AppDeps, evaluationId: string) {
  const [questionnaire, self] = await Promise.all([
    questionnaireService(deps).get(evaluationId),
    selfAssessmentService(deps).get(evaluationId),
  ]);
  const rows: Row[] = questionnaire.questions.map((question, i) => {
    const attached = questionnaire.documents
      .filter((document) => document.questionIds.includes(question.id))
      .map((document) => document.title);
    const answer = questionnaire.answers[i];
    const estimates = self.entries.filter(
      (entry) => question.questionIds.includes(entry.questionId) && entry.countedPoints !== null,
    );
    return {
      questionId: question.id,
      areaId: question.areaId ?? '',
      question: question.text,
      answer: answer?.notApplicable ? '' : (answer?.text ?? ''),
      notApplicable: answer?.notApplicable ? answer.notApplicableReason : '',
      selfAssessment: estimates.map((e) => (e.level ? LEVEL_TEXT[e.level] : 'Poäng')).join(', '),
      points:
        estimates.length === 0 ? null : estimates.reduce((s, e) => s + (e.countedPoints ?? 0), 0),
      documents: attached,
    };
  });
  return { questionnaire, rows };
}

/**
 * The question set with the kommun's answers, self-assessment and the titles of the documents
 * attached to each answer, for teams that still want a document: CSV for Swedish Excel (`;`, decimal comma, BOM, no cell starting a formula) or Word.
 */
export async function exportQuestionnaire(
  deps: AppDeps,
  evaluationId: string,
  format: QuestionnaireFormat,
): Promise<Uint8Array> {
  const { questionnaire, rows } = await rowsOf(deps, evaluationId);
  if (format === 'csv') {
    const text = stringify(
      [
        [
          'Fråga',
          'Område',
          'Frågetext',
          'Svar',
          'Ej aktuellt (motivering)',
          'Självskattning',
          'Poäng',
          'Bifogade dokument',
        ],
        ...rows.map((row) => [
          inert(row.questionId),
          inert(row.areaId),
          inert(row.question),
          inert(row.answer),
          inert(row.notApplicable),
          inert(row.selfAssessment),
          decimal(row.points),
          // One title a line; every line inert, as a spreadsheet may split the cell.
          row.documents.map(inert).join('\n'),
        ]),
      ],
      { bom: true, delimiter: ';', record_delimiter: 'windows', quoted_match: /[\r\n]/ },
    );
    return Buffer.from(text, 'utf8');
  }
  const { evaluation, submission } = questionnaire;
  const lines = (text: string) =>
    text.split(/\r\n|\r|\n/).map((line) => new Paragraph({ children: [new TextRun(line)] }));
  const document = new Document({
    creator: 'Kommunkompassen',
    title: `Frågeunderlag ${evaluation.municipalityName}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(`Frågeunderlag – ${evaluation.municipalityName}`)],
          }),
          new Paragraph({
            children: [
              new TextRun(
                `Utvärdering ${evaluation.date}. Status: ${
                  { open: 'ej inskickat', submitted: 'inskickat', returned: 'tillbakaskickat' }[
                    submission.status
                  ]
                }.`,
              ),
            ],
          }),
          ...rows.flatMap((row) => [
            new Paragraph({
              heading: HeadingLevel.HEADING_2,
              children: [new TextRun(`${row.questionId} ${row.question}`)],
            }),
            ...(row.notApplicable
              ? [
                  new Paragraph({
                    children: [
                      new TextRun({ text: 'Ej aktuellt: ', bold: true }),
                      new TextRun(row.notApplicable),
                    ],
                  }),
                ]
              : lines(row.answer || '(inget svar)')),
            ...(row.documents.length === 0
              ? []
              : [
                  new Paragraph({
                    children: [new TextRun({ text: 'Bifogade dokument:', bold: true })],
                  }),
                  ...row.documents.map(
                    (title) =>
                      new Paragraph({ bullet: { level: 0 }, children: [new TextRun(title)] }),
                  ),
                ]),
            ...(row.points === null
              ? []
              : [
                  new Paragraph({
                    children: [
                      new TextRun({ text: 'Självskattning: ', bold: true }),
                      new TextRun(`${row.selfAssessment} (${decimal(row.points)} p)`),
                    ],
                  }),
                ]),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
