/** The messages of the result, the comparison and the documents: they load with those screens. */
import advice from './advice';
import compare from './compare';
import documents from './documents';
import links from './links';
import recovery from './recovery';
import storage from './storage';
import result from './result';
import review from './review';

const resultMessages = { result, compare, advice, documents, links, recovery, storage, review };
export default resultMessages;
