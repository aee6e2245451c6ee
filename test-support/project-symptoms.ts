import { featureScenarios, type FeatureScenario } from '../src/symptoms/feature-scenarios';
import { buildSymptomIndex } from '../src/symptoms/symptom-index';
import type { SymptomIndexData } from '../src/symptoms/symptom-types';

/**
 * Test support: the project's own scenarios and its symptom index, built once per test process, for tests of code that
 * is handed them (the report reads the index as data and never builds it).
 */
let features: FeatureScenario[] | undefined;
let index: SymptomIndexData | undefined;

export const projectFeatures = (): readonly FeatureScenario[] => (features ??= featureScenarios());
export const projectSymptomIndex = (): SymptomIndexData => (index ??= buildSymptomIndex(projectFeatures()));
