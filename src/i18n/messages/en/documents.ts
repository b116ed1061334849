/** English messages: documents. Other languages copy these keys (src/i18n/messages/de/documents.ts). */
const documents = {
  todo: '',
};

export default documents;
