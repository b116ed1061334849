import type en from '../en/documents';

const documents = {
  todo: '',
} satisfies typeof en;

export default documents;
