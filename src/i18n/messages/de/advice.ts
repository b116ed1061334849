import type en from '../en/advice';

const advice = {
  todo: '',
} satisfies typeof en;

export default advice;
