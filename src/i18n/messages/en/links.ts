/** English messages: links. Other languages copy these keys (src/i18n/messages/de/links.ts). */
const links = {
  todo: '',
};

export default links;
