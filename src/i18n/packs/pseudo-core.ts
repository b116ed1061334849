import { pseudoOf } from '../pseudo';
import type { CorePack } from '../registry';
import en from './en-core';

export default pseudoOf(en) satisfies CorePack;
