/** Styles of the HTML report: readable on screen, printable on A4/Letter, no web fonts. */
export const reportCss = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --alert: #D55E00; --warn: #E69F00; --ok: #009E73; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 1040px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 36px 0 8px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 24px 0 6px; } p.lead { color: var(--muted); margin: 0 0 16px; }
.meta { color: var(--muted); font-size: 14px; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid var(--rule); padding: 4px 8px; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; } thead th { border-bottom: 2px solid var(--ink); }
.alerts { list-style: none; padding: 0; margin: 8px 0 16px; }
.alerts li { border-left: 6px solid var(--warn); padding: 6px 10px; margin: 6px 0; background: #fff8e6; }
.alerts li.alert { border-left-color: var(--alert); background: #fdeee6; }
.badge { display: inline-block; font-weight: 700; font-size: 12px; letter-spacing: .04em; padding: 1px 6px; border: 1.5px solid currentColor; border-radius: 3px; margin-right: 6px; }
.alert .badge { color: #a23f00; } .warn .badge { color: #7a5200; } .fine { color: var(--muted); font-size: 13px; }
.flag { color: #a23f00; font-weight: 700; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
figure { margin: 8px 0 16px; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
.figure-title { font-weight: 600; margin: 0 0 2px; }
td { white-space: nowrap; } td:last-child { white-space: normal; } table.subgroups { font-size: 13px; }
table.warnings td:first-child { white-space: normal; }
svg.chart { width: 100%; height: auto; font-size: 12px; font-family: inherit; }
svg.chart .axis line { stroke: #333; } svg.chart .axis line.grid { stroke: #e2e2e2; }
svg.chart .label { font-size: 13px; font-weight: 600; }
svg.chart .guide { stroke: #666; stroke-dasharray: 4 3; } svg.chart .guide-label { fill: #444; font-size: 11px; }
section { break-inside: auto; }
@media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } .grid2 { grid-template-columns: 1fr 1fr; } body { font-size: 12px; } }
`;
