// jsdom has no ResizeObserver; Fluent UI's MessageBar observes its size to reflow. Browsers and Office all have it.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver });
}
