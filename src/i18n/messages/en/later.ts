/** The messages of the result, the comparison and the documents: they load with those screens. */
import advice from './advice';
import compare from './compare';
import documents from './documents';
import result from './result';

const resultMessages = { result, compare, advice, documents };
export default resultMessages;
