// Grades for titles of the bundled IMDb sample that make a model with something to say: two
// directors loved (Lumière, Méliès), one not (Porter), a few early Edison shorts in between.
export const SAMPLE_GRADES: [tconst: string, grade: number][] = [
  ['tt0000010', 9], // Leaving the Factory (Louis Lumière)
  ['tt0000012', 9.5], // The Arrival of a Train (Lumière)
  ['tt0000014', 8.5], // The Waterer Watered (Lumière)
  ['tt0000417', 9], // A Trip to the Moon (Georges Méliès)
  ['tt0000091', 7], // The House of the Devil (Méliès)
  ['tt0000439', 4], // The Great Train Robbery (Edwin S. Porter)
  ['tt0000447', 4.5], // Life of an American Fireman (Porter)
  ['tt0000005', 5], // Blacksmith Scene
  ['tt0000008', 5.5], // Edison Kinetoscopic Record of a Sneeze
];
