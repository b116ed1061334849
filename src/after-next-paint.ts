/** Runs `task` once the next frame has been painted (a frame, then a message after it); returns a cancel. */
export function afterNextPaint(task: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = task;
  const frame = requestAnimationFrame(() => {
    channel.port2.postMessage(null);
  });
  return () => {
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}
