import type { Texts } from '../../engine/bank/bank-texts';
import bank from '../../../questions/texts/role-fit.de.json?part=core';
import messages from '../messages/de/first';
import type { CorePack } from '../registry';

export default { messages, bank: bank as Texts } satisfies CorePack;
