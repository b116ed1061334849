import type en from '../en/compare';

const compare = {
  todo: '',
} satisfies typeof en;

export default compare;
