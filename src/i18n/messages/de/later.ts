/** The messages of the result, the comparison and the documents: they load with those screens. */
import type { ResultMessages } from '../../registry';
import advice from './advice';
import compare from './compare';
import documents from './documents';
import result from './result';

const resultMessages: ResultMessages = { result, compare, advice, documents };
export default resultMessages;
