import type { Texts } from '../../engine/bank/bank-texts';
import bank from '../../../questions/texts/role-fit.en.json?part=result';
import kit from '../../../questions/texts/hiring-kit.en.json';
import messages from '../messages/en/later';
import type { ResultPack } from '../registry';

export default { messages, bank: bank as Texts, kit } satisfies ResultPack;
