// NPS report for supervisors (issue 10): GET /api/nps/report, tables per week, channel and agent, and a bar chart
// drawn as plain SVG. Dutch by default, English with ?lang=en.
(function () {
  'use strict';
  const english = new URLSearchParams(location.search).get('lang') === 'en';
  const texts = english
    ? { title: 'NPS after chats with a colleague', console: 'Console', weeks: 'Weeks',
        explain: 'NPS = % promoters (9–10) minus % detractors (0–6), from −100 to +100. Per ISO week of the day the chat was closed.',
        chart: 'NPS per week (empty weeks without a bar)', perWeek: 'Per week', perChannel: 'Per channel', perAgent: 'Per colleague',
        week: 'Week', channel: 'Channel', agent: 'Colleague', nps: 'NPS', promoters: 'Promoters', passives: 'Passives',
        detractors: 'Detractors', total: 'Answers', none: '–', overall: 'Overall', signIn: 'Sign in first.',
        refused: 'Only supervisors and admins can see this report.', error: 'The report could not be loaded.' }
    : { week: 'Week', channel: 'Kanaal', agent: 'Medewerker', nps: 'NPS', promoters: 'Promotors', passives: 'Passief',
        detractors: 'Criticasters', total: 'Antwoorden', none: '–', overall: 'Totaal', signIn: 'Log eerst in.',
        refused: 'Alleen supervisors en beheerders kunnen dit rapport zien.', error: 'Het rapport kon niet worden geladen.' };
  if (english) {
    document.documentElement.lang = 'en';
    document.title = 'NPS — WebcareHub';
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = texts[el.dataset.i18n]; });
  }
  const message = document.getElementById('message');
  const signed = n => n === null ? texts.none : (n > 0 ? '+' + n : String(n));

  function table(id, first, rows) {
    const t = document.getElementById(id);
    t.replaceChildren();
    const head = t.createTHead().insertRow();
    for (const h of [first, texts.nps, texts.promoters, texts.passives, texts.detractors, texts.total]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.appendChild(th);
    }
    const body = t.createTBody();
    for (const [name, f] of rows) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = name;
      row.appendChild(th);
      for (const v of [signed(f.nps), f.promoters, f.passives, f.detractors, f.total]) row.insertCell().textContent = String(v);
    }
  }

  function chart(weeks) {
    const svg = document.getElementById('chart');
    const ns = 'http://www.w3.org/2000/svg';
    svg.replaceChildren();
    const [width, height, left, top] = [720, 240, 40, 10];
    const plot = height - 40;
    const y = v => top + (100 - v) / 200 * plot;
    const add = (name, attrs, text) => {
      const el = document.createElementNS(ns, name);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      if (text !== undefined) el.textContent = text;
      svg.appendChild(el);
      return el;
    };
    for (const v of [100, 50, 0, -50, -100]) {
      add('line', { x1: left, x2: width, y1: y(v), y2: y(v), stroke: v === 0 ? '#333' : '#ddd' });
      add('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 }, signed(v));
    }
    const step = (width - left) / weeks.length;
    weeks.forEach((w, i) => {
      const x = left + i * step;
      if (w.figures.nps !== null) {
        const v = w.figures.nps;
        const bar = add('rect', { x: x + step * 0.15, width: step * 0.7, y: Math.min(y(v), y(0)), height: Math.max(1, Math.abs(y(v) - y(0))),
          fill: v >= 0 ? '#2e7d32' : '#c62828' });
        bar.appendChild(document.createElementNS(ns, 'title')).textContent = `${w.week}: NPS ${signed(v)} (${w.figures.total})`;
      }
      if (weeks.length <= 26 || i % 4 === 0)
        add('text', { x: x + step / 2, y: height - 14, 'text-anchor': 'middle', 'font-size': 10 }, w.week.slice(5));
    });
  }

  async function load() {
    const response = await fetch('/api/nps/report?weeks=' + document.getElementById('weeks').value);
    message.hidden = response.ok;
    if (!response.ok) {
      message.textContent = response.status === 401 ? texts.signIn : response.status === 403 ? texts.refused : texts.error;
      return;
    }
    const report = await response.json();
    document.getElementById('report').hidden = false;
    document.getElementById('overall').textContent =
      `${texts.overall}: NPS ${signed(report.overall.nps)} (${report.overall.total} ${texts.total.toLowerCase()})`;
    chart(report.weeks);
    table('week-table', texts.week, report.weeks.map(w => [w.week, w.figures]));
    table('channel-table', texts.channel, report.channels.map(c => [c.name, c.figures]));
    table('agent-table', texts.agent, report.agents.map(a => [a.name, a.figures]));
  }

  document.getElementById('weeks').addEventListener('change', load);
  load();
})();
