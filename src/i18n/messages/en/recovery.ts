/** English messages: the recovery screen after an unexpected error (src/components/recovery-screen.tsx). */
const recovery = {
  title: 'Something went wrong',
  problem: 'Role Fit hit an unexpected problem and could not show this screen.',
  noAnswers: 'You had not answered any questions yet.',
  safe: {
    one: 'Your answer is safe.',
    other: 'Your {count} answers are safe.',
  },
  stillSaved: 'They are still saved in this browser.',
  stillSavedOne: 'It is still saved in this browser.',
  pageOnly: 'They are kept in this page only, so download them before you close it.',
  pageOnlyOne: 'It is kept in this page only, so download it before you close it.',
  tryAgain: 'Try again',
  download: 'Download your answers (.json)',
  startOver: 'Start over',
  startOverHint: '“Start over” removes your answers from this browser.',
  downloaded: 'Your answers were saved as {file}. Open it later with “Open a saved result”.',
  downloadedPlain: 'Your answers were saved as {file}, as a plain list: “npm run score” reads its “answers”.',
  details: 'Technical details',
  brokenBank: {
    title: 'The questions could not be loaded',
    body: 'The question bank has errors, so no advice can be given. Please report this to whoever runs this site.',
    details: 'Technical details',
  },
};

export default recovery;
