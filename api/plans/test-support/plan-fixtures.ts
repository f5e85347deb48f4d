// Test support for the plan suites: a published Enköping 2016 evaluation, the kommun's reader,
// and the seed's kötid and skyltar goals as request bodies.
import { enkopingFile, type TestApp } from '../../test-support/test-app';

export async function publishedEnkoping(api: TestApp) {
  const file = enkopingFile();
  const { body } = await api.call('POST', '/api/evaluations/import', {
    ...file,
    status: 'published',
  });
  const reader = await api.user('reader', { municipalityCode: '0381', name: 'Karin Kommun' });
  return {
    id: body.id as string,
    reader,
    improvements: (area: string) => file.areas[area].improvements as string[],
  };
}

export const kotidGoal = {
  title: 'Kötiden till kontaktcenter ska ligga på ett snitt under 2 minuter',
  indicator: 'Genomsnittlig kötid i telefon, per år',
  unit: 'minuter',
  direction: 'lowerBetter',
  bands: {
    met: { text: '0-2 minuter', min: 0, minInclusive: true, max: 2, maxInclusive: true },
    near: { text: '2-3 minuter', min: 2, minInclusive: false, max: 3, maxInclusive: false },
    notMet: { text: '3 minuter eller mer', min: 3, minInclusive: true },
  },
  nulage: { date: '2018-12', value: 2.74, text: '2,74 minuter' },
  targetDate: '2019-12',
};

export const skyltarGoal = {
  title: 'Nya infartsskyltar bidrar till att öka kommunens attraktionskraft',
  direction: 'yesNo',
  bands: {
    met: { text: 'Skyltar är på plats' },
    near: { text: 'Beställs och sätts upp första kvartalet 2020' },
    notMet: { text: 'Om skyltar inte är på plats senast 1 april 2020' },
  },
  deadline: '2020-04-01',
  nearFrom: '2020-01-01',
  nulage: { date: '2018-12', stated: 'notMet', text: 'Målet ej nått' },
};

export function actionFrom(improvement: string, overrides: Record<string, unknown> = {}) {
  return {
    areaId: '4',
    title: 'Tydliggör chefernas uppdrag',
    description: 'Chefskontrakt och årliga samtal.',
    questions: ['4.1', '4.3'],
    improvement,
    owner: 'HR-chef, kommunledningsförvaltningen',
    startDate: '2026-01-15',
    dueDate: '2026-03-31',
    ...overrides,
  };
}
