/** A plain look a Lync 2013 user recognises: white flat windows with a blue accent, a dark taskbar. No trademark images. */
export const pageCss = `
* { box-sizing: border-box; }
body { margin: 0; font: 13px "Segoe UI", "Liberation Sans", "DejaVu Sans", sans-serif; color: #262626; background: #1d2733; }
button, input, select { font: inherit; }
.bar { display: flex; align-items: center; gap: 16px; height: 36px; padding: 0 12px; background: #111820; color: #e8edf2; }
.bar select { margin-left: 6px; }
.bar-note { color: #9fb0c0; font-size: 12px; }
.bar-error { margin: 0 0 0 auto; color: #ffb4b4; font-size: 12px; }
.layout { display: flex; height: calc(100vh - 36px); }
#desktop { position: relative; flex: 1; overflow: hidden; background: linear-gradient(160deg, #1b5f8c 0%, #2a86b8 55%, #4fa3c9 100%); }
#panel { width: 360px; overflow: auto; padding: 10px 12px; background: #f3f5f7; border-left: 1px solid #c9d1d9; }
.nobody { color: #fff; padding: 24px; font-size: 15px; }
.wallpaper { position: absolute; inset: 0 0 40px 0; }
.windows { display: flex; gap: 24px; align-items: flex-start; padding: 24px; }
.window { position: relative; background: #fff; border: 1px solid #7f9db9; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.35); }
.window-main { width: 320px; min-height: 440px; }
.window-dialog { width: 380px; margin-top: 80px; }
.window[data-foreground="false"] .titlebar { color: #8a8a8a; }
.titlebar { display: flex; align-items: center; justify-content: space-between; height: 30px; padding-left: 10px; border-bottom: 1px solid #e1e1e1; }
.window-close { width: 40px; height: 29px; border: 0; background: transparent; cursor: pointer; }
.window-close:hover { background: #e81123; color: #fff; }
.window-body { position: relative; display: flex; flex-direction: column; gap: 10px; padding: 48px 20px 20px; }
.window-dialog .window-body { flex-direction: row; flex-wrap: wrap; justify-content: flex-end; padding: 16px 20px; }
.window-dialog .window-body > :not(.button) { flex-basis: 100%; }
.options { position: absolute; top: 8px; right: 10px; }
.presence-menu { margin: 2px 0 6px; }
.options-button { border: 1px solid transparent; background: transparent; padding: 4px 8px; cursor: pointer; color: #444; }
.options-button:hover, .options-button[aria-expanded="true"] { border-color: #c5d9ed; background: #e5f1fb; }
.label { margin: 0; }
.label-message { padding: 8px 10px; border-left: 4px solid #d13438; background: #fdf3f4; }
.label-message-title { font-weight: 600; }
.label-status { color: #0072c6; font-size: 15px; }
.label-signed-in-as, .label-signing-in-as { color: #555; }
.label-my-presence { padding-left: 10px; border-left: 8px solid #5db02c; font-size: 15px; }
.label-page { font-weight: 600; color: #0072c6; }
.field { display: flex; flex-direction: column; gap: 4px; color: #555; }
.field input { padding: 6px; border: 1px solid #abadb3; }
.checkbox { display: flex; gap: 6px; align-items: center; }
.button { align-self: flex-start; min-width: 80px; padding: 5px 14px; border: 1px solid #adadad; background: #f0f0f0; cursor: pointer; }
.button.primary { border-color: #0067b8; background: #0072c6; color: #fff; }
.button:disabled { opacity: 0.5; cursor: default; }
.link { color: #0072c6; }
.menu-root, .tray-slot { position: relative; }
.menu { position: absolute; z-index: 20; min-width: 170px; margin: 0; padding: 4px 0; list-style: none; background: #fff; border: 1px solid #ababab; box-shadow: 2px 3px 8px rgba(0, 0, 0, 0.25); }
.menu li { position: relative; }
.menu .menu { top: -5px; left: 100%; }
.menu-item { display: block; width: 100%; padding: 6px 26px 6px 16px; border: 0; background: none; text-align: left; white-space: nowrap; cursor: pointer; color: #262626; }
.menu-item:hover, .menu-item:focus, .menu-item[aria-expanded="true"] { background: #dcecfc; outline: none; }
.sub-arrow { position: absolute; right: 10px; }
.options .menu { right: 0; }
.options .menu .menu { left: auto; right: 100%; }
.taskbar { position: absolute; bottom: 0; left: 0; right: 0; display: flex; align-items: center; gap: 6px; height: 40px; padding: 0 8px; background: rgba(16, 24, 36, 0.92); color: #e8edf2; }
.start { height: 32px; padding: 0 14px; border: 0; border-radius: 3px; background: #2b6cb0; color: #fff; cursor: pointer; }
.start + .menu { top: auto; bottom: calc(100% + 4px); left: 0; }
.start + .menu .menu { bottom: auto; }
.tasks { display: flex; gap: 4px; }
.task { height: 34px; min-width: 90px; border: 0; border-bottom: 2px solid #6cb8ff; background: rgba(255, 255, 255, 0.12); color: #fff; cursor: pointer; }
.tray { display: flex; align-items: center; gap: 10px; margin-left: auto; }
.tray-icon { width: 22px; height: 22px; padding: 0; border: 0; border-radius: 4px; background: #0072c6; color: #fff; font-weight: 700; cursor: pointer; }
.tray-menu { top: auto; bottom: calc(100% + 8px); right: 0; }
.who { color: #b9c6d3; font-size: 12px; }
.toasts { position: absolute; right: 16px; bottom: 16px; display: flex; flex-direction: column; gap: 8px; }
.toast { width: 290px; padding: 10px 12px; background: #fff; border-left: 5px solid #0072c6; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3); }
.toast p { margin: 4px 0 0; }
.lock { position: absolute; inset: 0; z-index: 50; display: flex; align-items: center; justify-content: center; background: rgba(8, 36, 66, 0.94); color: #fff; font-size: 18px; }
#panel h2 { margin: 12px 0 6px; font-size: 14px; }
#panel fieldset { margin: 0 0 8px; padding: 6px 10px 8px; border: 1px solid #c9d1d9; background: #fff; }
#panel legend { font-weight: 600; }
#panel .row { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0; }
#panel .button { min-width: 0; padding: 4px 10px; }
#panel input[type="number"] { width: 90px; }
.note { margin: 4px 0; color: #5a6570; font-size: 12px; }
.computers, .truth { margin: 0 0 8px; padding-left: 18px; }
.truth li { font-size: 12px; }
#panel h3 { margin: 8px 0 4px; font-size: 13px; }
#panel select { max-width: 100%; }
#panel select.wide { width: 100%; }
#panel label.param { font-size: 12px; color: #3b4550; }
.panel-error { position: sticky; top: 0; z-index: 5; margin: 0 0 10px; padding: 10px 12px; border: 2px solid #c50f1f; border-left-width: 8px; background: #fde7e9; color: #5c0010; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); }
.panel-error h3 { margin: 0 0 4px; font-size: 14px; }
.panel-error .problem-reason { margin: 0 0 8px; font-size: 13px; white-space: pre-wrap; }
.colleagues { margin: 4px 0; padding-left: 18px; font-size: 12px; }
.fault { border-top: 1px solid #eaeef2; padding: 4px 0; }
.fault-title { margin: 2px 0; font-size: 12px; }
#panel .fault input[type="text"] { width: 180px; }
.timeline, .gherkin { max-height: 260px; overflow: auto; margin: 0; padding: 8px; background: #fff; border: 1px solid #c9d1d9; font: 11px/1.45 "DejaVu Sans Mono", monospace; white-space: pre-wrap; }
`;
