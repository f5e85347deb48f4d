import { defineMessages } from '../lib/i18n';

export const t = defineMessages(
  {
    title: 'Handlingsplan',
    overview: 'Till översikten',
    introEditable:
      'Kommunens plan efter utvärderingen: åtgärder från förbättringsområdena, effektmål och uppföljning. Varje ändring sparas när du klickar Spara.',
    introReadOnly:
      'Planen är kommunens: kommunens användare skriver den. Här kan du läsa den och följa upp den.',
    summary: 'Läget per område',
    area: 'Område',
    actions: 'Åtgärder',
    done: 'Klara',
    overdue: 'Försenade',
    goals: 'Effektmål',
    goalCounts: (met: number, near: number, notMet: number, none: number) =>
      `${met} uppnådda, ${near} nära, ${notMet} ej uppnådda, ${none} utan mätning`,
    noActions: 'Inga åtgärder i området än.',
    improvements: 'Förbättringsområden i rapporten',
    createFrom: 'Skapa åtgärd',
    createFromNamed: (text: string) => `Skapa åtgärd från: ${text}`,
    newAction: 'Ny åtgärd i området',
    planGoals: 'Effektmål för hela planen',
    noPlanGoals: 'Inga effektmål för hela planen.',
    exports: 'Exportera',
    actionsCsv: 'Åtgärderna som CSV (Excel)',
    goalsCsv: 'Effektmål och mätningar som CSV (Excel)',
    docx: 'Uppföljningsrapport (Word)',
    points: (points: string) => `${points} av 100 poäng`,
    previous: (date: string) => `Föregående handlingsplan (Kommunkompassen ${date})`,
    previousLine: (n: number, done: number, inProgress: number) =>
      `${n} åtgärder: ${done} klara, ${inProgress} pågående`,
    moved: (from: string, to: string, change: string) => `Poäng: ${from} → ${to} (${change})`,
    movedUnknown: (from: string) => `Poäng förra gången: ${from}; nya poäng saknas än`,
    indicative: 'Olika versioner av Kommunkompassen: jämförelsen är ungefärlig.',
  },
  {
    title: 'Action plan',
    overview: 'Back to the overview',
    introEditable:
      "The kommun's plan after the evaluation: actions from the areas for improvement, outcome goals and follow-up. Each change is saved when you click Save.",
    introReadOnly:
      "The plan is the kommun's: the kommun's users write it. Here you can read it and follow it up.",
    summary: 'Status per area',
    area: 'Area',
    actions: 'Actions',
    done: 'Done',
    overdue: 'Overdue',
    goals: 'Outcome goals',
    goalCounts: (met: number, near: number, notMet: number, none: number) =>
      `${met} met, ${near} near, ${notMet} not met, ${none} without data`,
    noActions: 'No actions in this area yet.',
    improvements: 'Areas for improvement in the report',
    createFrom: 'Create action',
    createFromNamed: (text: string) => `Create action from: ${text}`,
    newAction: 'New action in this area',
    planGoals: 'Outcome goals of the whole plan',
    noPlanGoals: 'No outcome goals for the whole plan.',
    exports: 'Export',
    actionsCsv: 'The actions as CSV (Excel)',
    goalsCsv: 'Goals and measurements as CSV (Excel)',
    docx: 'Follow-up report (Word)',
    points: (points: string) => `${points} of 100 points`,
    previous: (date: string) => `Previous action plan (Kommunkompassen ${date})`,
    previousLine: (n: number, done: number, inProgress: number) =>
      `${n} actions: ${done} done, ${inProgress} in progress`,
    moved: (from: string, to: string, change: string) => `Points: ${from} → ${to} (${change})`,
    movedUnknown: (from: string) => `Points last time: ${from}; no new points yet`,
    indicative: 'Different versions of Kommunkompassen: the comparison is indicative.',
  },
);
