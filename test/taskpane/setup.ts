/**
 * jsdom lacks what Fluent UI and the preview use from a real browser: ResizeObserver (MessageBar,
 * Overflow), matchMedia (motion preferences), scrollIntoView (the preview scrolls to a finding),
 * Blob.arrayBuffer (the workbench reads a chosen file).
 */
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
g.ResizeObserver ??= ResizeObserverStub;
// A test file may ask for the node environment (@jest-environment node): nothing to stub there.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};
// jsdom's Blob (and File) lacks arrayBuffer(), which browsers have had since 2019: read it through FileReader.
if (typeof Blob !== 'undefined' && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as ArrayBuffer);
      r.onerror = () => reject(r.error);
      r.readAsArrayBuffer(this);
    });
  };
}

// A failed query names what it looked for; the whole DOM of a Fluent pane is too long to read.
configure({
  getElementError: (message) => {
    const error = new Error(message ?? 'element not found');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// Fluent's components under jsdom and userEvent's per-key typing are slow; the flows are long.
jest.setTimeout(30_000);

// jsdom has no TextDecoder/TextEncoder; the .xlsx reader and writer need them (Node's are the same WHATWG API).
{
  const { TextDecoder: Decoder, TextEncoder: Encoder } = require('node:util') as typeof import('node:util');
  g.TextDecoder ??= Decoder;
  g.TextEncoder ??= Encoder;
}
