import { escapeHtml as e } from './escape';
import { marksFailure, type RecordedTimelineEntry } from './summary';

const fixedLanes = ['DNS', 'identity provider', 'Lync Online', 'colleagues'];
const laneWidth = 118;
const timeWidth = 78;
const rowHeight = 18;
const textWidth = 640;
const maxRows = 160;

/** `+m:ss.mmm` of virtual time. */
function offset(ms: number): string {
  const m = Math.floor(ms / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const h = Math.floor(m / 60);
  const mm = h > 0 ? `${h}:${String(m % 60).padStart(2, '0')}` : String(m);
  return `+${mm}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
}

const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

/**
 * A swimlane of one scenario's timeline, as SVG with no script: a lane per party (each computer's Lync, DNS, the
 * identity provider, Lync Online, colleagues) on virtual time going down; an exchange is an arrow between two lanes,
 * a step of the scenario a grey rule, and the failing exchange is red and marked ✖ (class "failing"). Each ✖ is a
 * link to `failingHref` (the page of the cause behind it) when one is given.
 */
export function renderSwimlane(entries: readonly RecordedTimelineEntry[], title: string, failingHref: string | null = null): string {
  const linked = (mark: string) => (failingHref === null ? mark : `<a class="cause-link" href="${e(failingHref)}">${mark}</a>`);
  const lyncLanes = [
    ...new Set(entries.flatMap((x) => [x.lane, x.to]).filter((l): l is string => l !== undefined && l.startsWith('Lync on '))),
  ];
  const lanes = [...lyncLanes.sort(), ...fixedLanes];
  const shown = entries.filter((x) => x.lane !== undefined || x.text.startsWith('▶ ') || marksFailure(x));
  const rows = shown.slice(0, maxRows).map((r) => ({ ...r, failing: marksFailure(r) }));
  const x = (lane: string | undefined) => timeWidth + laneWidth * Math.max(0, lanes.indexOf(lane ?? '')) + laneWidth / 2;
  const top = 34;
  const height = top + rows.length * rowHeight + 10 + (shown.length > rows.length ? rowHeight : 0);
  const width = timeWidth + laneWidth * lanes.length + textWidth;
  const heads = lanes
    .map((l, i) => {
      const cx = timeWidth + laneWidth * i + laneWidth / 2;
      return `<text class="lane-name" x="${cx}" y="16" text-anchor="middle">${e(l)}</text><line class="lane" x1="${cx}" y1="24" x2="${cx}" y2="${height - 6}"/>`;
    })
    .join('');
  const body = rows
    .map((r, i) => {
      const y = top + i * rowHeight + rowHeight / 2;
      const time = `<text class="time" x="4" y="${y + 4}">${offset(r.at)}</text>`;
      const why = r.expected ? `<title>${e(r.expected)}</title>` : '';
      const label = `<text class="label" x="${timeWidth + laneWidth * lanes.length + 8}" y="${y + 4}">${why}${r.failing ? `${linked('<tspan>✖</tspan>')} ` : ''}${e(clip(r.text, 96))}</text>`;
      const failing = r.failing ? ' failing' : '';
      if (r.text.startsWith('▶ ') && r.lane === undefined)
        return `<g class="step${failing}"><line x1="${timeWidth}" y1="${y}" x2="${width - textWidth}" y2="${y}"/>${time}${label}</g>`;
      if (r.lane === undefined) return `<g class="note${failing}" data-failing="${r.failing === true}">${time}${label}</g>`;
      const from = x(r.lane);
      if (r.to === undefined || r.to === r.lane)
        return `<g class="event${failing}" data-failing="${r.failing === true}">${time}<circle cx="${from}" cy="${y}" r="4"/>${r.failing ? linked(`<text class="mark" x="${from + 7}" y="${y + 4}">✖</text>`) : ''}${label}</g>`;
      const to = x(r.to);
      const dir = to > from ? -1 : 1;
      const head = `${to},${y} ${to + 7 * dir},${y - 4} ${to + 7 * dir},${y + 4}`;
      return `<g class="exchange${failing}" data-failing="${r.failing === true}">${time}<line x1="${from}" y1="${y}" x2="${to}" y2="${y}"/><polygon points="${head}"/>${r.failing ? linked(`<text class="mark" x="${(from + to) / 2 - 5}" y="${y - 3}">✖</text>`) : ''}${label}</g>`;
    })
    .join('\n');
  const more =
    shown.length > rows.length
      ? `<text class="label" x="4" y="${height - 8}">… ${shown.length - rows.length} more lines in the timeline</text>`
      : '';
  return `<svg class="swimlane" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="${e(`Swimlane: ${title}`)}">
<style>.lane{stroke:#d0d7de;stroke-dasharray:3 3}.lane-name{font:600 11px system-ui,sans-serif;fill:#1f2328}.time{font:10px ui-monospace,monospace;fill:#57606a}.label{font:11px system-ui,sans-serif;fill:#1f2328}.step line{stroke:#eaeef2;stroke-width:6}.step .label{fill:#57606a;font-style:italic}.exchange line{stroke:#0550ae;stroke-width:1.5}.exchange polygon,.event circle{fill:#0550ae}.failing line{stroke:#cf222e;stroke-width:2.5}.failing polygon,.failing circle{fill:#cf222e}.failing .label,.mark{fill:#cf222e;font-weight:700}.step.failing line{stroke:#ffebe9}</style>
${heads}
${body}
${more}
</svg>`;
}
