/**
 * jsdom computes no layout, so every element measures 0 and a virtualised list would show nothing.
 * This gives every box the height a pane of `paneHeight` px would give its list and every indicator
 * card `cardHeight` px, for the duration of a test file.
 */
export function withPaneLayout({ paneHeight = 600, paneWidth = 360, cardHeight = 140 } = {}): void {
  const proto = HTMLElement.prototype;
  const saved = (["clientHeight", "clientWidth", "offsetHeight"] as const).map(
    (key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const,
  );
  beforeAll(() => {
    Object.defineProperty(proto, "clientHeight", { configurable: true, get: () => paneHeight });
    Object.defineProperty(proto, "clientWidth", { configurable: true, get: () => paneWidth });
    Object.defineProperty(proto, "offsetHeight", {
      configurable: true,
      get(this: HTMLElement) {
        return this.hasAttribute("data-index") ? cardHeight : 0;
      },
    });
  });
  afterAll(() => {
    for (const [key, descriptor] of saved) if (descriptor) Object.defineProperty(proto, key, descriptor);
  });
}
