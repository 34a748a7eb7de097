/** Sets globalThis.regeneratorRuntime, which @pdf-lib/fontkit's Indic shaper expects (to-pdf.ts). */
declare module 'regenerator-runtime/runtime.js';
