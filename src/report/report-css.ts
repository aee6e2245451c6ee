/** The stylesheet of every page of the report: inline, system fonts only, nothing fetched. */
export const reportCss = `
:root { --ok:#1a7f37; --ok-bg:#dafbe1; --bad:#cf222e; --bad-bg:#ffebe9; --known:#9a6700; --known-bg:#fff8c5;
  --assume:#0550ae; --assume-bg:#ddf4ff; --na:#57606a; --na-bg:#eaeef2; --none:#6e7781; --line:#d0d7de; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; }
header, main { padding: 0 24px; max-width: 1400px; margin: auto; }
h1 { font-size: 22px; margin: 20px 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.coverage strong { font-size: 18px; }
table.totals { border-collapse: collapse; margin: 8px 0; }
table.totals th, table.totals td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
.count { display: inline-block; margin-right: 10px; white-space: nowrap; }
.legend span { margin-right: 8px; }
.row, .grid-head { display: grid; grid-template-columns: 64px minmax(220px, 1fr) repeat(var(--columns), 170px);
  gap: 6px; align-items: center; padding: 4px 6px; }
.grid-head { font-weight: 600; color: #57606a; font-size: 12px; }
a.row.behaviour { border-top: 1px solid var(--line); color: inherit; text-decoration: none; }
a.row.behaviour:hover { background: #f6f8fa; }
main.page { padding-bottom: 40px; }
nav.crumbs { padding: 10px 24px; border-bottom: 1px solid var(--line); background: #f6f8fa; }
dl.facts { display: grid; grid-template-columns: 160px 1fr; gap: 2px 10px; }
dl.facts dt { color: #57606a; } dl.facts dd { margin: 0; } dl.facts ul { margin: 0; padding-left: 18px; }
ul.scenario-list { padding-left: 18px; } ul.scenario-list li { margin: 3px 0; }
nav.pager { margin: 8px 0; } nav.pager a, nav.pager b { margin-right: 4px; }
a.cause-link, a.cause-link .mark { color: var(--bad); font-weight: 700; text-decoration: none; }
.scenario-page h1 .status, .list-page .status { color: var(--c); }
div.swim { overflow-x: auto; }
.id { font-family: ui-monospace, monospace; }
.verdict { display: inline-block; padding: 2px 8px; border-radius: 12px; font-size: 12px; font-weight: 600; border: 1px solid; }
.v-conforms { color: var(--ok); background: var(--ok-bg); }
.v-deviates { color: var(--bad); background: var(--bad-bg); }
.v-known-deviation { color: var(--known); background: var(--known-bg); }
.v-relies-on-assumption { color: var(--assume); background: var(--assume-bg); }
.v-not-applicable { color: var(--na); background: var(--na-bg); }
.v-not-covered { color: var(--none); background: #fff; border-style: dashed; }
details.scenario { border-left: 4px solid var(--line); margin: 6px 0; padding: 2px 8px; }
details.scenario > summary { cursor: pointer; }
.st-passed { --c: var(--ok); } .st-not-applicable { --c: var(--na); }
.st-failed, .st-undefined, .st-pending, .st-ambiguous, .st-skipped, .st-unknown { --c: var(--bad); }
details.scenario { border-left-color: var(--c); }
.status { color: var(--c); font-weight: 600; margin-right: 6px; }
.where { color: #57606a; font-size: 12px; margin-left: 6px; }
.tags { color: #57606a; font-size: 12px; font-family: ui-monospace, monospace; }
ol.steps { padding-left: 20px; margin: 6px 0; }
ol.steps li { color: var(--c); }
ol.steps li span.text { color: #1f2328; }
pre { background: #f6f8fa; border: 1px solid var(--line); padding: 8px; overflow: auto; max-height: 420px;
  white-space: pre-wrap; font: 12px/1.4 ui-monospace, monospace; }
.first-failure { background: var(--bad-bg); padding: 6px 8px; border-radius: 4px; }
.note { padding: 4px 8px; border-radius: 4px; background: var(--na-bg); }
.screenshots img { max-width: 480px; border: 1px solid var(--line); margin: 4px 8px 4px 0; }
#diagram svg { max-width: 100%; height: auto; }
nav.parts { margin: 6px 0; font-weight: 600; }
table.matrix { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
table.matrix th, table.matrix td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; }
table.matrix td.hit { text-align: center; color: var(--assume); font-size: 16px; }
table.matrix caption { text-align: left; font-weight: 600; padding: 4px 0; }
details.symptom { border-top: 1px solid var(--line); padding: 4px 6px; }
details.symptom > summary { cursor: pointer; }
.kind { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; padding: 1px 6px; border-radius: 8px; border: 1px solid; }
.k-error { color: var(--bad); } .k-warning { color: var(--known); } .k-prompt, .k-status { color: var(--assume); } .k-silent { color: var(--na); }
.symptom-body { padding: 4px 12px 10px 24px; }
ul.scenario-links { margin: 0; padding-left: 18px; }
svg.swimlane { display: block; max-width: none; margin: 6px 0; }
details.swim .scenario-body { overflow-x: auto; }
`;
