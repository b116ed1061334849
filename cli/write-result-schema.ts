/** npm run schema:result: regenerates questions/result-file.schema.json from the Zod schema. */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { resultFileJsonSchema } from '../src/engine/exchange/result-file';

const file = 'questions/result-file.schema.json';
// Formatted as `npm test` checks it, so regenerating never leaves a formatting diff.
const options = (await resolveConfig(file)) ?? {};
writeFileSync(file, await format(JSON.stringify(resultFileJsonSchema()), { ...options, parser: 'json' }));
console.log(`wrote ${file}`);
