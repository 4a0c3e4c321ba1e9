/** The open panel's styles, which teach.js adds to the guide's shadow root with the panel. */
export const TEACH_CSS = `
.teach label { display: block; font-size: 12px; margin: 6px 0 2px; }
.teach select { font: inherit; font-size: 12px; max-width: 100%; width: 100%; }
.teach .row { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 4px; }
.teach button { font: inherit; font-size: 12px; border: 1px solid #1f4e8c; color: #1f4e8c; background: #fff; border-radius: 4px; padding: 2px 6px; cursor: pointer; }
.teach button[aria-pressed="true"] { background: #1f4e8c; color: #fff; }
.taught-items li { font-size: 12px; border: 1px dashed #1f4e8c; border-radius: 4px; padding: 4px 6px; margin: 4px 0; display: flex; justify-content: space-between; gap: 6px; }
.taught-by-you { font-size: 11px; color: #1f4e8c; font-style: italic; }
.teach-status { font-size: 12px; color: #333; }
.shape-report { width: 100%; height: 8em; font: 11px/1.3 ui-monospace, monospace; }
.pick-highlight { position: fixed; pointer-events: none; border: 3px solid #f0a500; background: rgba(240,165,0,.12); border-radius: 3px; z-index: 2147483646; }
`;
