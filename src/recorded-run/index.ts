// One reader of a recorded run (Cucumber's messages): scenarios, their steps and how they ended.
export { scenarioRuns, type ScenarioRun, type StepRun } from './scenario-runs';
export { outcomeOf, scenarioStatusOf, stepStatusOf, type Outcome, type ScenarioStatus, type StepStatus } from './scenario-status';
export { attachmentText, notApplicableMediaType, notApplicableReason } from './not-applicable';
