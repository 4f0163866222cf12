import "@testing-library/jest-dom";

/** What jsdom lacks and Fluent UI uses: a ResizeObserver that observes nothing (layout isn't computed here). */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}
