/** English messages: the review of the answers before the result (src/features/review/review-screen.tsx). */
const review = {
  notAnswered: 'Not answered',
  /** A number answer with the bank's unit ("12 engineers"). */
  number: '{number} {unit}',
  title: 'Review your answers',
  lead: 'Check each answer before you see the result. “Change” takes you to that question; your other answers stay as they are.',
  change: 'Change',
  missing: {
    one: 'One question still needs an answer (or “Not sure”):',
    other: '{count} questions still need an answer (or “Not sure”):',
  },
  back: 'Back',
  seeResult: 'See my result',
};

export default review;
