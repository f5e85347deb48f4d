// Test support: Enköping 2016's report model with the section "Självskattning och utvärdering"
// built from a self-assessment as the API gives it.

import type { SelfAssessmentComparison } from '../../questionnaire/self-assessment-comparison';
import { LONG_WORDS } from '../../reliability/hostile-input';
import type { ReportLanguage } from '../report-texts';
import { selfAssessmentSection } from '../self-assessment-section';
import { fixtureReportModel } from './fixture-model';

export const HOSTILE = `<script>alert(1)</script> "citat" & =cmd|' /C calc'!A0 rad ett\nrad två עברית ${LONG_WORDS[1]}`;
// Enköping 2016's area figures; the kommun estimated areas 1, 2 and 4 fully, area 3 in part.
const EVALUATION = [54, 55, 63, 42, 43, 55, 56, 66];
const SELF: Record<string, { value: number; difference: number } | 'partial'> = {
  '1': { value: 70, difference: 16 },
  '2': { value: 48, difference: -7 },
  '3': 'partial',
  '4': { value: 42, difference: 0 },
};

export function selfAssessmentFixture(firstTitle: string): SelfAssessmentComparison {
  const areas = EVALUATION.map((evaluation, i) => {
    const id = String(i + 1);
    const self = SELF[id];
    return {
      id,
      title: i === 0 ? firstTitle : `Område ${id}`,
      shortTitle: id,
      max: 100,
      evaluation,
      selfAssessment: typeof self === 'object' ? self.value : null,
      difference: typeof self === 'object' ? self.difference : null,
      selfAssessed:
        typeof self === 'object'
          ? ('complete' as const)
          : self
            ? ('partial' as const)
            : ('none' as const),
    };
  });
  return {
    available: true,
    areas,
    total: {
      id: 'total',
      title: 'total',
      shortTitle: 'total',
      max: 800,
      evaluation: 434,
      selfAssessment: null,
      difference: null,
      selfAssessed: 'partial',
    },
  };
}

export function reportWithSection(language: ReportLanguage, firstTitle = 'Demokrati') {
  const model = fixtureReportModel({ language });
  model.selfAssessment = selfAssessmentSection(selfAssessmentFixture(firstTitle), language);
  return model;
}
