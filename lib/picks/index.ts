import 'server-only';

// The app's entry point to the picks and the grade model. The CLIs import the modules behind it
// directly.

export { MIN_VOTES } from './build';
export { generatePicks } from './generate';
export type { Prediction, Reason } from './model/types';
export { MIN_GRADES_FOR_PREDICTIONS, predictGrades } from './predicted';
export { SECTION_TITLES, SECTIONS, type Section } from './sections';
export { dismissTitle, getPickList, listPickWeeks, type PickListView, type PickView } from './store';
