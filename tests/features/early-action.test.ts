// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { takeEarlyAction } from '../../src/early-action';

function rootWith(action?: string): HTMLElement {
  const root = document.createElement('div');
  if (action !== undefined) root.dataset.earlyAction = action;
  return root;
}

describe('an action clicked before the app started', () => {
  it.each(['start', 'compare'] as const)('hands over %s once, and marks the app started', (action) => {
    const root = rootWith(action);
    expect(takeEarlyAction(root)).toBe(action);
    expect(root.hasAttribute('data-early-action')).toBe(false);
    expect(root.hasAttribute('data-started')).toBe(true);
    expect(takeEarlyAction(root)).toBeNull();
  });

  it.each(['', 'clearData', 'START', 'start compare', '__proto__'])('ignores anything else: %j', (action) => {
    const root = rootWith(action);
    expect(takeEarlyAction(root)).toBeNull();
    expect(root.hasAttribute('data-started')).toBe(true);
  });

  it('is nothing when no button was clicked', () => {
    expect(takeEarlyAction(rootWith())).toBeNull();
  });
});
