/** English messages: result. Other languages copy these keys (src/i18n/messages/de/result.ts). */
const result = {
  todo: '',
};

export default result;
