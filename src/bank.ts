/**
 * The default question bank, checked at run time like any other untrusted input: a broken
 * bank shows its problems instead of producing wrong advice.
 */
import bankJson from '../questions/role-fit.en.json';
import { parseBank, type ParsedBank } from './engine';

export const defaultBank: ParsedBank = parseBank(bankJson);
