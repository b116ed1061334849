/**
 * A bank small enough to score by hand: two dimensions (a, b), one question of each type,
 * a conditional question, and outcome profiles at the corners of the square.
 */
export const tinyBankJson = {
  id: 'tiny',
  version: '1.0.0',
  locale: 'en',
  title: 'Tiny bank',
  intro: 'A bank for engine tests.',
  minutes: 1,
  dimensions: [
    { id: 'a', label: 'Dimension A', description: 'The first dimension.' },
    { id: 'b', label: 'Dimension B', description: 'The second dimension.' },
  ],
  questions: [
    {
      id: 'q1',
      type: 'single',
      topic: 'First',
      title: 'Pick one',
      help: 'Because.',
      options: [
        { id: 'x', label: 'X', weights: { a: 2 } },
        { id: 'y', label: 'Y', weights: { b: 2 } },
        { id: 'z', label: 'Z', weights: {} },
      ],
    },
    {
      id: 'q2',
      type: 'number',
      topic: 'Size',
      title: 'How many?',
      help: 'Because.',
      min: 1,
      max: 10,
      unit: 'people',
      revisit: 'When you reach four people',
      bands: [
        { min: 1, max: 3, label: 'Few', weights: {} },
        { min: 4, max: 10, label: 'More', weights: { a: 1, b: 1 } },
      ],
    },
    {
      id: 'q3',
      type: 'multiple',
      topic: 'Several',
      title: 'Pick up to two',
      help: 'Because.',
      maxChoices: 2,
      showIf: [{ question: 'q2', min: 4 }],
      options: [
        { id: 'm1', label: 'M1', weights: { a: 1 } },
        { id: 'm2', label: 'M2', weights: { b: 1 } },
        { id: 'm3', label: 'M3', weights: { a: 1, b: 1 } },
      ],
    },
    {
      id: 'q4',
      type: 'scale',
      topic: 'Agree',
      title: 'Do you agree?',
      help: 'Because.',
      options: [
        { id: 'disagree', label: 'Disagree', weights: {} },
        { id: 'neutral', label: 'Neutral', weights: { a: 1 } },
        { id: 'agree', label: 'Agree', weights: { a: 2 } },
      ],
    },
    {
      id: 'q5',
      type: 'single',
      topic: 'Last',
      title: 'Pick again',
      help: 'Because.',
      options: [
        { id: 'p', label: 'P', weights: { b: 2 } },
        { id: 'r', label: 'R', weights: { a: 2 } },
      ],
    },
  ],
  outcomes: (
    [
      ['po', 20, 80],
      ['pm', 80, 20],
      ['both', 80, 80],
      ['combined', 20, 20],
    ] as const
  ).map(([id, a, b]) => ({
    id,
    title: `Hire ${id}`,
    tagline: `When ${id} fits.`,
    summary: `What ${id} does.`,
    responsibilities: ['Work'],
    skills: ['Skill'],
    profile: { a: { target: a, importance: 1 }, b: { target: b, importance: 1 } },
  })),
  tieOrder: ['both', 'pm', 'po', 'combined'],
};

/** A deep copy to break on purpose. */
export function tinyBankCopy(): typeof tinyBankJson {
  return structuredClone(tinyBankJson);
}
