import { TEACH_OPENER_CSS } from './guide/teach-styles';

/** Styles of the in-page guide, scoped by its shadow root. Page CSS cannot reach in; inherited values are reset. */
export const GUIDE_WIDTH = 340;
export const TAB_WIDTH = 34;

export const GUIDE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel, .tab { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; }
.panel { position: fixed; top: 0; right: 0; bottom: 0; width: ${GUIDE_WIDTH}px; overflow-y: auto; background: #fbfbfd;
  border-left: 2px solid #1f4e8c; box-shadow: -2px 0 8px rgba(0,0,0,.12); padding: 12px 14px 16px; }
.tab { position: fixed; top: 40%; right: 0; width: ${TAB_WIDTH}px; padding: 10px 4px; writing-mode: vertical-rl;
  background: #1f4e8c; color: #fff; border: 0; border-radius: 6px 0 0 6px; cursor: pointer; font-weight: 600; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; margin-bottom: 8px; }
.brand { margin: 0; font-size: 11px; letter-spacing: .08em; text-transform: uppercase; color: #1f4e8c; font-weight: 700; }
h2 { margin: 2px 0 0; font-size: 15px; }
h2 .page { font-weight: 400; color: #444; }
h4 { margin: 0 0 4px; font-size: 13px; }
.collapse { border: 1px solid #99a; background: #fff; border-radius: 4px; width: 28px; height: 28px; cursor: pointer; }
button:focus-visible, a:focus-visible, summary:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
ul { list-style: none; margin: 0; padding: 0; }
.fact { border: 1px solid #d5d9e0; border-radius: 6px; padding: 8px 10px; margin: 0 0 8px; background: #fff; }
.fact p { margin: 0 0 4px; }
.fact-secondary { border-style: dashed; }
.fact-unknown { background: #f4f4f4; color: #333; }
.meta { font-size: 12px; }
.confidence.official { color: #145c2e; }
.confidence.secondary { color: #8a4b00; }
.tag { margin-left: 6px; font-size: 11px; font-weight: 400; border: 1px solid #888; border-radius: 3px; padding: 0 4px; }
.sources li { font-size: 12px; margin-top: 2px; }
.sources a { color: #1f4e8c; }
.checked { color: #555; }
.fields summary { cursor: pointer; font-weight: 600; margin: 4px 0; }
.fields li { font-size: 12px; margin: 2px 0; }
.role { display: inline-block; min-width: 9em; font-family: ui-monospace, monospace; color: #1f4e8c; }
h3 { margin: 12px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: #333; }
.finding-groups > li { border: 1px solid #d5d9e0; border-radius: 6px; margin: 0 0 8px; background: #fff; padding: 6px 8px; }
.group-head { display: flex; justify-content: space-between; align-items: center; gap: 6px; font-weight: 600; margin-bottom: 4px; }
.jump, .insert { font: inherit; font-size: 12px; border: 1px solid #1f4e8c; color: #1f4e8c; background: #fff; border-radius: 4px; padding: 2px 6px; cursor: pointer; }
.finding { margin: 4px 0; padding: 4px 6px; border-left: 4px solid #888; }
.finding p { margin: 0 0 2px; }
.finding.error { border-left-color: #b00020; background: #fff3f4; }
.finding.warning { border-left-color: #a15c00; background: #fff8ec; }
.finding.info { border-left-color: #1f4e8c; background: #f2f6fc; }
.finding-detail { font-size: 12px; color: #333; }
.checklist { margin: 4px 0; }
.checklist-head { margin: 6px 0 2px; font-size: 12px; font-weight: 600; color: #333; }
.understood li { margin: 2px 0; padding: 2px 6px; border-left: 4px solid #145c2e; background: #f1f8f3; font-size: 12px; overflow-wrap: anywhere; }
.understood .sev { color: #145c2e; }
.why summary { cursor: pointer; font-size: 12px; color: #1f4e8c; }
.why p { font-size: 12px; }
.all-clear { color: #145c2e; }
.suggestion pre { white-space: pre-wrap; font: 12px/1.4 ui-monospace, monospace; background: #f4f4f4; padding: 6px; border-radius: 4px; }
.reminder { font-size: 12px; color: #333; border-top: 1px solid #ddd; padding-top: 6px; }
.references li { border: 1px solid #d5d9e0; border-radius: 6px; padding: 6px 8px; margin: 0 0 6px; background: #fff; }
.references code { font: 600 13px ui-monospace, monospace; }
.references button { font: inherit; font-size: 12px; border: 1px solid #145c2e; color: #145c2e; background: #fff; border-radius: 4px; padding: 2px 6px; cursor: pointer; }
.references button:disabled, .references button[aria-disabled="true"] { cursor: default; opacity: .8; }
.capture-error { color: #b00020; font-size: 12px; margin: 4px 0 0; }
.capture-note, .capture-carried { font-size: 12px; color: #333; margin: 4px 0 0; }
.footnote { font-size: 11px; color: #555; margin-top: 10px; }
.routes summary, .route summary { cursor: pointer; }
.routes > summary { margin: 12px 0 6px; }
.route .caveat { font-size: 12px; color: #8a4b00; margin: 4px 0; }
.route .issuers li { font-size: 12px; margin: 2px 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
${TEACH_OPENER_CSS}
`;
