/** npm run schema:questions: regenerates questions/question-bank.schema.json from the Zod schema. */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { bankJsonSchema } from '../src/engine/bank/json-schema';

const file = 'questions/question-bank.schema.json';
// Formatted as `npm test` checks it, so regenerating never leaves a formatting diff.
const options = (await resolveConfig(file)) ?? {};
writeFileSync(file, await format(JSON.stringify(bankJsonSchema()), { ...options, parser: 'json' }));
console.log(`wrote ${file}`);
