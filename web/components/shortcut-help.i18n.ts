import { defineMessages } from '../lib/i18n';

/** The keyboard help shown on the scoring and consensus pages. */
export const t = defineMessages(
  {
    title: 'Kortkommandon',
    nextQuestion: 'nästa / föregående delfrågas poängfält (j / k utanför textfält)',
    rationale: 'till motiveringen för delfrågan du står i',
    area: 'nästa / föregående område',
    step: 'i ett poängfält: höj / sänk ett steg (0,5 poäng)',
  },
  {
    title: 'Keyboard shortcuts',
    nextQuestion: "next / previous question's score field (j / k outside text fields)",
    rationale: 'to the rationale of the current question',
    area: 'next / previous area',
    step: 'in a score field: up / down one step (0.5 points)',
  },
);
