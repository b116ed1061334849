import type en from '../en/links';

const links = {
  todo: '',
} satisfies typeof en;

export default links;
