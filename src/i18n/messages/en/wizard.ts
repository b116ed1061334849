/** English messages: wizard. Other languages copy these keys (src/i18n/messages/de/wizard.ts). */
const wizard = {
  todo: '',
};

export default wizard;
