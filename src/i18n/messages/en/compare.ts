/** English messages: compare. Other languages copy these keys (src/i18n/messages/de/compare.ts). */
const compare = {
  todo: '',
};

export default compare;
