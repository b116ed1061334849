import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema } from '../../src/engine';

describe('questions/question-bank.schema.json', () => {
  it('matches the Zod schema (run `npm run schema:questions` after changing it)', () => {
    const committed = JSON.parse(readFileSync('questions/question-bank.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(bankJsonSchema());
  });

  it('rejects unknown keys, like the Zod schema', () => {
    const schema = bankJsonSchema() as { additionalProperties?: boolean };
    expect(schema.additionalProperties).toBe(false);
  });
});
