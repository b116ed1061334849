/** English messages: shell. Other languages copy these keys (src/i18n/messages/de/shell.ts). */
const shell = {
  todo: '',
};

export default shell;
