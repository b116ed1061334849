/** English messages: advice. Other languages copy these keys (src/i18n/messages/de/advice.ts). */
const advice = {
  todo: '',
};

export default advice;
