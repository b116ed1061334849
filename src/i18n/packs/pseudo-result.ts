import { pseudoOf } from '../pseudo';
import type { ResultPack } from '../registry';
import en from './en-result';

export default pseudoOf(en) satisfies ResultPack;
