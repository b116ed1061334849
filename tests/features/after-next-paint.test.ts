// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/after-next-paint';

/** Frame requests are held here and run when the test says a frame has come. */
let frames: FrameRequestCallback[] = [];
function nextFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}
/** The message posted after the frame arrives in a later task. */
const messagesDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
// Nothing left waiting for the next test.
afterEach(async () => {
  nextFrame();
  await messagesDelivered();
});

describe('afterNextPaint', () => {
  it('runs every task of a frame after that frame, in order, with one frame request', async () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('title'));
    afterNextPaint(() => ran.push('focus'));
    expect(frames).toHaveLength(1);
    await messagesDelivered();
    expect(ran).toEqual([]);
    nextFrame();
    await messagesDelivered();
    expect(ran).toEqual(['title', 'focus']);
  });

  it('skips a cancelled task and keeps the others', async () => {
    const ran: string[] = [];
    const cancel = afterNextPaint(() => ran.push('cancelled'));
    afterNextPaint(() => ran.push('kept'));
    cancel();
    nextFrame();
    await messagesDelivered();
    expect(ran).toEqual(['kept']);
  });

  it('makes a task scheduled by a task wait for the frame after', async () => {
    const ran: string[] = [];
    afterNextPaint(() => {
      ran.push('first');
      afterNextPaint(() => ran.push('second'));
    });
    nextFrame();
    await messagesDelivered();
    expect(ran).toEqual(['first']);
    expect(frames).toHaveLength(1);
    nextFrame();
    await messagesDelivered();
    expect(ran).toEqual(['first', 'second']);
  });
});
