import { expect, test } from 'vitest';
import { MAX_HEIGHT, MIN_HEIGHT, message, readMessage, type ResultPayload } from '../../src/embed/protocol';

const result: ResultPayload = {
  outcome: 'both',
  status: 'ok',
  hires: [{ role: 'po', title: 'Product Owner', count: 2, when: 'now', partTime: false }],
  shareLink: 'http://127.0.0.1:4173/#v1.abc',
};
const envelope = { source: 'role-fit', version: 1, id: 'rf-1-abc' };

test.each([
  ['ready', { ...envelope, type: 'ready', payload: {} }, message('rf-1-abc', 'ready', {})],
  [
    'resize',
    { ...envelope, type: 'resize', payload: { height: 640.2 } },
    message('rf-1-abc', 'resize', { height: 641 }),
  ],
  [
    'resize, clamped up',
    { ...envelope, type: 'resize', payload: { height: 3 } },
    message('rf-1-abc', 'resize', { height: MIN_HEIGHT }),
  ],
  [
    'resize, clamped down: a frame never grows without end',
    { ...envelope, type: 'resize', payload: { height: 1e9 } },
    message('rf-1-abc', 'resize', { height: MAX_HEIGHT }),
  ],
  ['result', { ...envelope, type: 'result', payload: result }, message('rf-1-abc', 'result', result)],
  [
    'result, extra fields dropped',
    {
      ...envelope,
      type: 'result',
      extra: 1,
      payload: { ...result, answers: { size: 3 }, hires: [{ ...result.hires[0], salary: 1 }] },
    },
    message('rf-1-abc', 'result', result),
  ],
])('readMessage takes %s', (_name, data, expected) => {
  expect(readMessage(data)).toEqual(expected);
});

test.each([
  ['nothing', undefined],
  ['a string', 'role-fit'],
  ['another source', { ...envelope, source: 'typeform', type: 'ready', payload: {} }],
  ['another version', { ...envelope, version: 2, type: 'ready', payload: {} }],
  ['no id', { source: 'role-fit', version: 1, type: 'ready', payload: {} }],
  ['a bad id', { ...envelope, id: '<img src=x>', type: 'ready', payload: {} }],
  ['an unknown type', { ...envelope, type: 'navigate', payload: { url: 'https://example.com' } }],
  ['no payload', { ...envelope, type: 'ready' }],
  ['a height that is not a number', { ...envelope, type: 'resize', payload: { height: '100px' } }],
  ['an infinite height', { ...envelope, type: 'resize', payload: { height: Infinity } }],
  ['a result without a share link', { ...envelope, type: 'result', payload: { ...result, shareLink: 1 } }],
  ['a result with a bad hire', { ...envelope, type: 'result', payload: { ...result, hires: [{ role: 'po' }] } }],
  [
    'a result with a hire for an odd time',
    { ...envelope, type: 'result', payload: { ...result, hires: [{ ...result.hires[0], when: '<b>now</b>' }] } },
  ],
  ['a result with hires that are not a list', { ...envelope, type: 'result', payload: { ...result, hires: {} } }],
])('readMessage refuses %s', (_name, data) => {
  expect(readMessage(data)).toBeNull();
});
