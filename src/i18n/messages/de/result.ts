import type en from '../en/result';

const result = {
  todo: '',
} satisfies typeof en;

export default result;
