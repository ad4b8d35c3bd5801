// Browser APIs jsdom lacks but every browser and Office host has: ResizeObserver (Fluent UI's MessageBar reflows
// with it) and TextEncoder (the in-memory Excel measures its answers in UTF-8 bytes).
import { TextEncoder } from 'node:util';

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver });
}
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });
