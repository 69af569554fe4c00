// Runs in the page next to bpmn-js (see render.mjs): finds what makes a rendered diagram hard to read. Measures the
// text as the browser drew it, so a long zh-TW name that wraps into a line or a neighbour is caught, not only the
// label boxes written in the file.
window.layoutProblems = function layoutProblems(viewer) {
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  const root = canvas.getRootElement();
  const viewport = canvas._svg.querySelector('.viewport');
  const all = registry.getAll().filter((e) => e !== root);
  const connections = all.filter((e) => e.waypoints);
  const shapes = all.filter((e) => !e.waypoints && e.type !== 'label');
  const problems = [];

  const describe = (e) => {
    const target = e.labelTarget || e;
    const name = target.businessObject && target.businessObject.name;
    return `${e.type === 'label' ? 'label of ' : ''}${target.id}${name ? ` "${name.replace(/\s+/g, ' ')}"` : ''}`;
  };
  const box = (e) => ({ x: e.x, y: e.y, width: e.width, height: e.height });
  const shrink = (b, d) => ({ x: b.x + d, y: b.y + d, width: b.width - 2 * d, height: b.height - 2 * d });
  const intersects = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const isAncestor = (ancestor, e) => {
    for (let p = e.parent; p; p = p.parent) {
      if (p === ancestor) {
        return true;
      }
    }
    return false;
  };
  const related = (a, b) => a === b || isAncestor(a, b) || isAncestor(b, a) || a.host === b || b.host === a;

  // the text as drawn, in diagram coordinates (labels wrap and centre themselves; their DI bounds are only a hint)
  const textBox = (label) => {
    const text = registry.getGraphics(label).querySelector('text');
    if (!text || !text.textContent.trim()) {
      return null;
    }
    const b = text.getBBox();
    const m = viewport.getScreenCTM().inverse().multiply(text.getScreenCTM());
    const corners = [[b.x, b.y], [b.x + b.width, b.y + b.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
    return { x: corners[0].x, y: corners[0].y, width: corners[1].x - corners[0].x, height: corners[1].y - corners[0].y };
  };

  // Liang-Barsky: does the segment p-q cross the rectangle?
  const segmentCrosses = (p, q, r) => {
    let t0 = 0;
    let t1 = 1;
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const edges = [[-dx, p.x - r.x], [dx, r.x + r.width - p.x], [-dy, p.y - r.y], [dy, r.y + r.height - p.y]];
    for (const [pe, qe] of edges) {
      if (pe === 0) {
        if (qe < 0) {
          return false;
        }
      } else {
        const t = qe / pe;
        if (pe < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
        if (t0 > t1) {
          return false;
        }
      }
    }
    return true;
  };
  const lineCrosses = (c, r) => c.waypoints.some((p, i) => i > 0 && segmentCrosses(c.waypoints[i - 1], p, r));

  // distance between two rectangles (0 when they touch), and from a rectangle to a line
  const gap = (a, b) => Math.hypot(Math.max(0, a.x - b.x - b.width, b.x - a.x - a.width),
    Math.max(0, a.y - b.y - b.height, b.y - a.y - a.height));
  const segmentGap = (p, q, r) => {
    if (segmentCrosses(p, q, r)) {
      return 0;
    }
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    let best = Infinity;
    for (let d = 0; d <= len; d += 2) {
      const t = d / len;
      best = Math.min(best, gap(r, { x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y), width: 0, height: 0 }));
    }
    return best;
  };
  const lineGap = (c, r) => Math.min(...c.waypoints.slice(1).map((p, i) => segmentGap(c.waypoints[i], p, r)));

  // Labels keep a few pixels from everything else, so it is clear which element a text names; and stay near that
  // element, so a label left behind after a move does not seem to name a neighbour.
  const MARGIN = 3;
  const NEAR = 20;
  const labels = all.filter((e) => e.type === 'label').map((e) => ({ e, text: textBox(e) })).filter((l) => l.text)
    .map(({ e, text }) => ({ e, text, b: { x: text.x - MARGIN, y: text.y - MARGIN, width: text.width + 2 * MARGIN,
      height: text.height + 2 * MARGIN } }));

  // shapes on shapes (a boundary event on its task and anything inside its sub-process are meant to touch)
  shapes.forEach((a, i) => shapes.slice(i + 1).forEach((b) => {
    if (!related(a, b) && intersects(shrink(box(a), 1), shrink(box(b), 1))) {
      problems.push(`${describe(a)} overlaps ${describe(b)}`);
    }
  }));
  // text on text, text on shapes (other than what the label names, or the sub-process around it), text far away
  labels.forEach(({ e, text, b }, i) => {
    const owner = e.labelTarget;
    const distance = owner.waypoints ? lineGap(owner, text) : gap(text, box(owner));
    if (distance > NEAR) {
      problems.push(`${describe(e)} is ${Math.round(distance)} px away from what it names`);
    }
    labels.slice(i + 1).forEach((other) => {
      if (intersects(b, other.b)) {
        problems.push(`${describe(e)} overlaps ${describe(other.e)}`);
      }
    });
    shapes.forEach((s) => {
      if (s !== e.labelTarget && !isAncestor(s, e.labelTarget) && intersects(b, box(s))) {
        problems.push(`${describe(e)} overlaps ${describe(s)}`);
      }
    });
    connections.forEach((c) => {
      if (lineCrosses(c, b)) {
        problems.push(`${describe(e)} is crossed by flow ${describe(c)}`);
      }
    });
  });
  // the name inside a task stays inside it and clear of its type icon (drawn in the top-left corner)
  shapes.filter((s) => /Task$/.test(s.type) || s.type === 'bpmn:CallActivity').forEach((s) => {
    const text = registry.getGraphics(s).querySelector('.djs-visual text');
    if (!text || !text.textContent.trim()) {
      return;
    }
    const b = text.getBBox();
    const m = viewport.getScreenCTM().inverse().multiply(text.getScreenCTM());
    const p = new DOMPoint(b.x, b.y).matrixTransform(m);
    const t = { x: p.x, y: p.y, width: b.width, height: b.height };
    const inside = t.x >= s.x && t.y >= s.y && t.x + t.width <= s.x + s.width && t.y + t.height <= s.y + s.height;
    const icon = { x: s.x + 4, y: s.y + 4, width: 18, height: 18 };
    if (!inside) {
      problems.push(`the name of ${describe(s)} does not fit in its shape (${Math.round(s.width)}x${Math.round(s.height)})`);
    } else if (s.type !== 'bpmn:Task' && s.type !== 'bpmn:CallActivity' && intersects(t, icon)) {
      problems.push(`the name of ${describe(s)} runs into its icon`);
    }
  });
  // a boundary event must not hide the marker at the bottom centre of its activity (call activity, loop)
  shapes.filter((s) => s.host).forEach((s) => {
    const h = s.host;
    const bo = h.businessObject;
    const marked = h.type === 'bpmn:CallActivity' || bo.loopCharacteristics || (h.type === 'bpmn:SubProcess' && !h.isExpanded);
    const marker = { x: h.x + h.width / 2 - 10, y: h.y + h.height - 22, width: 20, height: 20 };
    if (marked && intersects(shrink(box(s), 1), marker)) {
      problems.push(`${describe(s)} hides the marker of ${describe(h)}`);
    }
  });
  // lines through shapes that are neither their ends nor around them
  connections.forEach((c) => {
    const ends = [c.source, c.target, c.source && c.source.host, c.target && c.target.host];
    shapes.forEach((s) => {
      if (!ends.includes(s) && !isAncestor(s, c) && lineCrosses(c, shrink(box(s), 2))) {
        problems.push(`flow ${describe(c)} runs through ${describe(s)}`);
      }
    });
  });
  return problems;
};
