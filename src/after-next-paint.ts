/**
 * Runs tasks once the next frame has been painted: a frame request, then a message, which
 * the browser delivers after that frame. All tasks waiting for the same frame share one frame
 * request and one message, so a step that schedules several costs no more than one.
 */
let waiting: (() => void)[] = [];
let scheduled = false;
let channel: MessageChannel | null = null;

function runWaiting(): void {
  scheduled = false;
  const tasks = waiting;
  waiting = [];
  for (const task of tasks) task();
}

/** Runs `task` once the next frame has been painted; returns a cancel. */
export function afterNextPaint(task: () => void): () => void {
  // A wrapper of its own, so cancelling removes this call even if `task` was passed twice.
  const entry = () => task();
  waiting.push(entry);
  if (!scheduled) {
    scheduled = true;
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = runWaiting;
    }
    const port = channel.port2;
    requestAnimationFrame(() => port.postMessage(null));
  }
  return () => {
    waiting = waiting.filter((waitingTask) => waitingTask !== entry);
  };
}
