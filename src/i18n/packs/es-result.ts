import type { Texts } from '../../engine/bank/bank-texts';
import bank from '../../../questions/texts/role-fit.es.json?part=result';
import kit from '../../../questions/texts/hiring-kit.es.json';
import messages from '../messages/es/later';
import type { ResultPack } from '../registry';

export default { messages, bank: bank as Texts, kit } satisfies ResultPack;
