import type en from '../en/shell';

const shell = {
  todo: '',
} satisfies typeof en;

export default shell;
