import 'server-only';

// The app's entry point to the picks and the grade model. Client components import the server
// actions and types directly; the CLIs import the modules behind this file.

export type { Prediction, Reason } from './model/types';
export { predictGrades, type TitlePrediction, titlePredictions } from './predicted';
export { SECTION_TITLES, type Section } from './sections';
export { getPickList, listPickWeeks, type PickListView, type PickView } from './store';
