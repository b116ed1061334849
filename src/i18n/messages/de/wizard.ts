import type en from '../en/wizard';

const wizard = {
  todo: '',
} satisfies typeof en;

export default wizard;
