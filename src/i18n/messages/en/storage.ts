/** English messages: storage problems (src/features/shell/notices.tsx). They load only when storage fails. */
const storage = {
  notSaving: {
    unavailable: 'Your progress is not being saved: this browser blocks storage or it is full.',
    newer:
      'Your progress is not being saved: this browser holds progress from a newer version of Role Fit, which is kept as it is. Reload to use that version, or use “Clear my data” to start saving here.',
    unreadable:
      'Your progress is not being saved: saved progress that could not be read is kept as it was under “{key}”, and there is no room to save beside it. “Clear my data” removes it and starts saving again.',
  },
  loses: 'You can still finish, but closing the page loses your answers.',
  restored: {
    backedUp:
      "Your saved progress could not be read, so you are starting fresh. A copy of it is kept in this browser's storage under “{key}”; “Clear my data” removes it.",
    leftInPlace:
      'Your saved progress could not be read, and there was no room to keep a copy of it, so it is left as it was under “{key}” and nothing new is saved. You can still finish, but closing the page loses your answers. “Clear my data” removes the old progress and starts saving again.',
  },
  clearedBlocked:
    'Your answers were cleared from this page, but this browser blocks its storage, so anything saved here before may still be there, and nothing new is saved. You can still finish, but closing the page loses your answers.',
};

export default storage;
