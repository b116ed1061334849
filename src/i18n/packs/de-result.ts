import type { Texts } from '../../engine/bank/bank-texts';
import bank from '../../../questions/texts/role-fit.de.json?part=result';
import kit from '../../../questions/texts/hiring-kit.de.json';
import messages from '../messages/de/later';
import type { ResultPack } from '../registry';

export default { messages, bank: bank as Texts, kit } satisfies ResultPack;
