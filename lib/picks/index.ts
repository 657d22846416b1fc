import 'server-only';

// The app's entry point to the picks and the grade model. Client components import the server
// actions and types directly; the CLIs import the modules behind this file.

export { predictGrades, type TitlePrediction, titlePredictions } from './predicted';
export { SECTION_TITLES } from './sections';
export { getPickList, listPickWeeks, type PickListView } from './store';
