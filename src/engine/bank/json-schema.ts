import * as z from 'zod/mini';
import { bankSchema } from './schema';

/** The JSON Schema of a question bank, generated from its Zod schema, for editors. */
export function bankJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(bankSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'question-bank.schema.json',
    title: 'Role Fit question bank',
  };
}
