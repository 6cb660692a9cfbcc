// The webcare queue: public mentions by due time (a possible crisis first), their risk in words, personal
// data highlighted, the thread and the author's earlier mentions; drafting a reply and approving a
// colleague's. Mention text is always inserted with textContent, never as HTML.
(function () {
  'use strict';
  const english = new URLSearchParams(location.search).get('lang') === 'en';
  const lang = english ? 'en' : 'nl';
  const t = english
    ? { title: 'Webcare', queue: 'Mentions', detail: 'Mention', allPlatforms: 'All platforms', allRisks: 'Any risk', allStatuses: 'Any status',
        allSentiments: 'Any sentiment', high: 'high', medium: 'medium', low: 'low', Open: 'open', AwaitingApproval: 'awaiting approval',
        Approved: 'approved', Published: 'published', Closed: 'closed', negative: 'negative', neutral: 'neutral', positive: 'positive',
        empty: 'No mentions.', reasons: 'Why this risk', thread: 'Thread on the platform', earlier: "The author's earlier mentions",
        replies: 'Replies', template: 'Template…', saveDraft: 'Save draft', history: 'History', approve: 'Approve and publish',
        due: 'due', followers: 'followers', draftedBy: 'drafted by', approvedBy: 'approved by', published: 'published',
        saved: 'Draft saved; a colleague approves it.', approved: 'Approved.', none: 'None.', risk: 'risk',
        refused: { blocked: 'The reply contains personal data, an amount or a hint of a debt', 'same-person': 'You wrote this draft: a colleague approves it.',
          'nothing-to-approve': 'There is nothing to approve any more.', replaced: 'This draft was replaced by a newer one: read that one first.',
          'already-approved': 'This mention already has an approved reply.' },
        crisis: 'Possible crisis or self-harm signal. Answer personally and refer to 113: call 0800-0113 (free, day and night) or chat at 113.nl. Never about money in this reply.',
        escalated: 'Overdue high-risk mention:', privateChat: 'Continued in a private chat on',
        actions: { received: 'received', drafted: 'drafted', approved: 'approved', published: 'published', 'publish-failed': 'publishing failed', escalated: 'escalated to supervisors', 'chat-link': 'private chat link made', 'chat-started': 'private chat opened' } }
    : { risk: 'risico', high: 'hoog', medium: 'middel', low: 'laag', Open: 'open', AwaitingApproval: 'wacht op akkoord', Approved: 'goedgekeurd',
        Published: 'geplaatst', Closed: 'gesloten', negative: 'negatief', neutral: 'neutraal', positive: 'positief', approve: 'Goedkeuren en plaatsen',
        due: 'uiterlijk', followers: 'volgers', draftedBy: 'geschreven door', approvedBy: 'goedgekeurd door', published: 'geplaatst',
        saved: 'Concept opgeslagen; een collega keurt het goed.', approved: 'Goedgekeurd.', none: 'Geen.',
        refused: { blocked: 'Het antwoord bevat persoonsgegevens, een bedrag of een hint naar een schuld', 'same-person': 'Je schreef dit concept zelf: een collega keurt het goed.',
          'nothing-to-approve': 'Er is niets meer goed te keuren.', replaced: 'Dit concept is vervangen door een nieuwer concept: lees dat eerst.',
          'already-approved': 'Deze vermelding heeft al een goedgekeurd antwoord.' },
        crisis: 'Mogelijk crisis- of zelfbeschadigingssignaal. Reageer persoonlijk en verwijs naar 113: bel 0800-0113 (gratis, dag en nacht) of chat via 113.nl. Nooit over geld in dit antwoord.',
        escalated: 'Te laat beantwoorde vermelding met hoog risico:', privateChat: 'Verder in een privéchat sinds',
        actions: { received: 'ontvangen', drafted: 'concept geschreven', approved: 'goedgekeurd', published: 'geplaatst', 'publish-failed': 'plaatsen mislukt', escalated: 'doorgezet naar supervisors', 'chat-link': 'link naar privéchat gemaakt', 'chat-started': 'privéchat geopend' } };
  if (english) {
    document.documentElement.lang = 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { if (t[el.dataset.i18n]) el.textContent = t[el.dataset.i18n]; });
  }
  const $ = id => document.getElementById(id);
  const time = iso => new Date(iso.endsWith('Z') ? iso : iso + 'Z').toLocaleString(english ? 'en-GB' : 'nl-NL', { dateStyle: 'short', timeStyle: 'short' });
  let current = null;
  let templates = [];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function status(text) { $('status').textContent = text || ''; }

  async function problem(response) {
    try {
      const body = await response.json();
      const known = body.code && t.refused[body.code];
      if (known) return body.code === 'blocked' ? `${known}: ${body.detail}` : known;
      return [body.title, body.detail].filter(Boolean).join(': ');
    } catch { return String(response.status); }
  }

  function summaryLine(m) {
    return `${m.platform} · @${m.author}${m.authorFollowers != null ? ` (${m.authorFollowers} ${t.followers})` : ''} · ${t.risk} ${t[m.risk]} · ${t[m.sentiment]} · ${t[m.status] || m.status} · ${t.due} ${time(m.dueAt)}`;
  }

  async function loadList() {
    const query = new URLSearchParams({ lang, limit: '200' });
    for (const [id, key] of [['f-platform', 'platform'], ['f-risk', 'risk'], ['f-status', 'status'], ['f-sentiment', 'sentiment']]) {
      if ($(id).value) query.set(key, $(id).value);
    }
    const response = await fetch('/api/webcare/mentions?' + query);
    if (!response.ok) { status(await problem(response)); return; }
    const mentions = await response.json();
    $('mentions').replaceChildren(...mentions.map(m => {
      const item = el('li', 'risk-' + m.risk + (m.id === current ? ' selected' : ''));
      item.dataset.id = m.id;
      item.append(el('span', 'badge', (m.crisis ? '113 · ' : '') + summaryLine(m)), el('span', null, m.text));
      item.addEventListener('click', () => open(m.id));
      return item;
    }));
    $('mentions-empty').hidden = mentions.length > 0;
  }

  // Text with the personal data marked: plain text nodes and <mark> elements, never HTML from the mention.
  function highlighted(text, pii) {
    const nodes = [];
    let at = 0;
    for (const p of pii) {
      if (p.start < at) continue;
      nodes.push(document.createTextNode(text.slice(at, p.start)));
      const mark = el('mark', 'pii', text.slice(p.start, p.start + p.length));
      mark.title = p.kind;
      nodes.push(mark);
      at = p.start + p.length;
    }
    nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  function list(id, items, render) {
    $(id).replaceChildren(...(items.length ? items.map(render) : [el('li', 'empty', t.none)]));
  }

  async function open(id) {
    current = id;
    document.querySelectorAll('#mentions li').forEach(li => li.classList.toggle('selected', Number(li.dataset.id) === id));
    const response = await fetch(`/api/webcare/mentions/${id}?lang=${lang}`);
    if (!response.ok) { status(await problem(response)); return; }
    const d = await response.json();
    const m = d.mention;
    $('detail').hidden = false;
    $('crisis-guidance').hidden = !m.crisis;
    $('crisis-guidance').textContent = t.crisis;
    $('meta').textContent = summaryLine(m);
    $('text').replaceChildren(...highlighted(m.text, d.pii));
    list('reasons', m.riskReasons, r => el('li', null, r));
    $('private-chat').hidden = !d.privateChatStartedAt;
    if (d.privateChatStartedAt) $('private-chat').textContent = `${t.privateChat} ${time(d.privateChatStartedAt)}`;
    list('thread', d.thread, x => el('li', null, `@${x.author}: ${x.text}`));
    list('earlier', d.earlierByAuthor, x => el('li', null, `${time(x.createdAt)} · ${x.text}`));
    list('replies', d.replies, r => {
      const item = el('li', 'reply');
      item.append(el('span', null, r.text));
      const who = [`${t.draftedBy} ${r.draftedBy}`];
      if (r.approvedBy) who.push(`${t.approvedBy} ${r.approvedBy}`);
      if (r.publishedAt) who.push(`${t.published} ${time(r.publishedAt)}`);
      item.append(el('span', 'badge', who.join(' · ')));
      if (!r.approvedBy && m.status === 'AwaitingApproval') {
        const button = el('button', 'approve', t.approve);
        button.type = 'button';
        button.addEventListener('click', () => approve(m.id, r.id));
        item.append(button);
      }
      return item;
    });
    list('audit', d.audit, a => el('li', null, `${time(a.at)} · ${t.actions[a.action] || a.action} · ${a.actor}${a.details ? ' · ' + a.details : ''}`));
    $('draft').hidden = m.status === 'Approved' || m.status === 'Published';
  }

  async function approve(mentionId, replyId) {
    const response = await fetch(`/api/webcare/mentions/${mentionId}/replies/${replyId}/approve`, { method: 'POST' });
    status(response.ok ? t.approved : await problem(response));
    await open(mentionId);
  }

  $('template').addEventListener('change', async () => {
    const template = templates.find(x => x.id === $('template').value);
    if (!template) return;
    let text = template.text;
    if (template.privateChat) {
      const response = await fetch(`/api/webcare/mentions/${current}/chat-link`, { method: 'POST' });
      if (!response.ok) { status(await problem(response)); return; }
      text = text.replace('{chatLink}', (await response.json()).url);
    }
    $('draft-text').value = text;
  });

  $('draft').addEventListener('submit', async event => {
    event.preventDefault();
    const response = await fetch(`/api/webcare/mentions/${current}/replies`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: $('draft-text').value }),
    });
    status(response.ok ? t.saved : await problem(response));
    if (response.ok) $('draft-text').value = '';
    await open(current);
  });

  $('filters').addEventListener('change', loadList);

  async function start() {
    const me = await fetch('/api/auth/me');
    if (me.status === 401) {
      location.href = '/login/?ReturnUrl=' + encodeURIComponent(location.pathname + location.search);
      return;
    }
    const profile = await me.json();
    $('me').textContent = profile.displayName;
    templates = await (await fetch(`/api/webcare/templates?lang=${lang}`)).json();
    $('template').append(...templates.map(x => { const o = el('option', null, x.title); o.value = x.id; return o; }));
    const hub = new signalR.HubConnectionBuilder().withUrl('/hubs/webcare').withAutomaticReconnect().build();
    hub.on('MentionChanged', async mention => {
      await loadList();
      if (mention.id === current) await open(current);
    });
    hub.on('MentionEscalated', mention => {
      $('escalation').hidden = false;
      $('escalation').textContent = `${t.escalated} @${mention.author}: ${mention.text}`;
    });
    await loadList();
    try { await hub.start(); } catch (e) { status(String(e)); }
    document.body.dataset.ready = 'true';
  }

  start();
})();
