// The agent console: the queue of chats waiting for a person, claiming one, the whole story, replying live.
// Customer text is always inserted with textContent, never as HTML.
(function () {
  'use strict';
  const english = new URLSearchParams(location.search).get('lang') === 'en';
  const t = english
    ? { title: 'Console', queue: 'Queue', queueEmpty: 'Nobody is waiting.', chat: 'Conversation', customerTyping: 'The customer is typing…',
        send: 'Send', close: 'Close', outcomeAnswered: 'Question answered', outcomePromise: 'Payment promise made',
        outcomeArrangement: 'Arrangement made', outcomeBot: 'Back to the bot', claim: 'Take over', waiting: 'waiting',
        taken: 'Someone else was quicker.', closed: 'Closed.', notVerified: 'Customer not verified.', customer: 'Customer',
        invoice: 'Invoice', open: 'open', reason: 'Reason', promises: 'Promises', you: 'You', bot: 'Bot', distress: 'distressed',
        promiseDay: 'Payment promise on', record: 'Record', arrangementMonthly: 'Arrangement, per month €', arrangementLine: 'Arrangement', callbacks: 'Call back', callbacksEmpty: 'No call-back requests.',
        away: 'Away', overview: 'Team', transfer: 'Transfer', transferPlaceholder: "Colleague's e-mail address", transferred: 'Transferred.',
        online: 'online', offline: 'offline', chats: 'chats', canned: 'Canned answer…', addNote: 'Note', notePlaceholder: 'Internal note (the customer never sees it)', called: 'Called back',
        disputed: 'disputed: no payment prompts',
        feelings: { anger: 'angry', fear: 'afraid', despair: 'despairing', grief: 'grieving', shame: 'ashamed' },
        promiseOutcome: { Recorded: 'Agreement recorded.', NotVerified: 'The customer is not verified yet.', AlreadyPromised: 'There is already an open promise.',
          AlreadyArranged: 'There is already an active arrangement.', Disputed: 'The invoice is disputed.', NothingToPay: 'Nothing left to pay.',
          DayInPast: 'That day has passed.', DayTooFar: 'That day is too far ahead for the policy.',
          BelowMinimum: 'Below the minimum instalment of the policy.', TooLong: 'Longer than the policy allows.' } }
    : { claim: 'Overnemen', waiting: 'wacht', taken: 'Een collega was sneller.', closed: 'Afgesloten.', notVerified: 'Klant niet geverifieerd.',
        customer: 'Klant', invoice: 'Factuur', open: 'open', reason: 'Reden', promises: 'Afspraken', you: 'Jij', bot: 'Bot', distress: 'in nood',
        transferred: 'Overgedragen.', online: 'online', offline: 'offline', chats: 'gesprekken',
        disputed: 'betwist: geen betaalverzoeken',
        feelings: { anger: 'boos', fear: 'angstig', despair: 'wanhopig', grief: 'in rouw', shame: 'schaamt zich' },
        promiseOutcome: { Recorded: 'Betaalafspraak vastgelegd.', NotVerified: 'De klant is nog niet geverifieerd.', AlreadyPromised: 'Er loopt al een betaalafspraak.',
          AlreadyArranged: 'Er loopt al een betalingsregeling.', Disputed: 'De factuur wordt betwist.', NothingToPay: 'Er staat niets meer open.',
          DayInPast: 'Die dag is al voorbij.', DayTooFar: 'Die dag ligt te ver weg voor het beleid.',
          BelowMinimum: 'Lager dan de minimale termijn van het beleid.', TooLong: 'Langer dan het beleid toestaat.' } };
  if (english) {
    document.documentElement.lang = 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { if (t[el.dataset.i18n]) el.textContent = t[el.dataset.i18n]; });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t[el.dataset.i18nPlaceholder]; });
  }
  const labels = english
    ? { 'human-request': 'Wants a person', message: 'Left a message', dispute: 'Dispute', crisis: 'CRISIS (113)', 'arrangement-outside-policy': 'Arrangement outside policy',
        Waiting: 'waiting', WithAgent: 'with agent', open: 'open', 'reminder-sent': 'reminder sent', 'final-notice': 'final notice',
        'in-collection': 'in collection', 'partly-paid': 'partly paid', paid: 'paid' }
    : { 'human-request': 'Wil een medewerker', message: 'Liet een bericht achter', dispute: 'Betwisting', crisis: 'CRISIS (113)', 'arrangement-outside-policy': 'Regeling buiten beleid',
        Waiting: 'wacht', WithAgent: 'bij medewerker', open: 'open', 'reminder-sent': 'herinnering gestuurd', 'final-notice': 'laatste herinnering',
        'in-collection': 'in incasso', 'partly-paid': 'deels betaald', paid: 'betaald' };
  const label = key => labels[key] || key;
  // The feelings the bot noticed, in words ("angstig, boos"), or just "in nood" when it noticed no kind.
  const feelings = (distress, kinds) => {
    const list = (Array.isArray(kinds) ? kinds : (kinds || '').split(',')).filter(Boolean);
    if (list.length > 0) return ' · ' + list.map(k => t.feelings[k] || k).join(', ');
    return distress ? ' · ' + t.distress : '';
  };
  // The bot writes light markdown for Web Chat; the console shows it as plain text.
  const plain = text => text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
  const $ = id => document.getElementById(id);
  let current = null;
  let typingTimer;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function minutesSince(iso) {
    return Math.max(0, Math.round((Date.now() - Date.parse(iso.endsWith('Z') ? iso : iso + 'Z')) / 60000));
  }

  function euros(cents) {
    return new Intl.NumberFormat(english ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
  }

  async function refreshOverview(hub) {
    if ($('overview-panel').hidden) return;
    const overview = await hub.invoke('GetOverview');
    $('overview-agents').replaceChildren(...overview.agents.map(a =>
      el('li', null, `${a.name} · ${a.online ? (a.away ? t.away || 'weg' : t.online) : t.offline} · ${a.openChats} ${t.chats}`)));
    $('overview-chats').replaceChildren(...overview.chats.map(c =>
      el('li', 'urgency-' + c.urgency, `${label(c.reason)} · ${label(c.status)}${c.agentName ? ' · ' + c.agentName : ''} · ${minutesSince(c.requestedAt)} min`)));
  }

  async function refreshCallbacks(hub) {
    const items = await hub.invoke('GetCallbacks');
    const list = $('callbacks');
    list.replaceChildren();
    $('callbacks-empty').hidden = items.length > 0;
    for (const item of items) {
      const li = el('li');
      li.append(el('strong', null, `${label(item.reason)}${item.invoiceNumber ? ' · ' + item.invoiceNumber : ''}`));
      li.append(el('span', null, item.details || ''));
      const done = el('button', null, t.called || 'Teruggebeld');
      done.type = 'button';
      done.addEventListener('click', async () => { await hub.invoke('CompleteCallback', item.id, 'called-back'); await refreshCallbacks(hub); });
      li.append(done);
      list.append(li);
    }
  }

  async function refreshQueue(hub) {
    const items = await hub.invoke('GetQueue');
    const list = $('queue');
    list.replaceChildren();
    $('queue-empty').hidden = items.length > 0;
    for (const item of items) {
      const li = el('li', 'urgency-' + item.urgency);
      li.dataset.handoff = item.id;
      li.append(el('strong', null, label(item.reason) + feelings(item.distress, item.distressKinds)));
      li.append(el('span', null, `${item.language.toUpperCase()} · ${t.waiting} ${minutesSince(item.requestedAt)} min`));
      const claim = el('button', null, t.claim);
      claim.type = 'button';
      claim.addEventListener('click', async () => {
        if (await hub.invoke('Claim', item.id)) await open(hub, item.id);
        else $('status').textContent = t.taken;
      });
      li.append(claim);
      list.append(li);
    }
  }

  function addLine(line) {
    const role = line.role === 'user' ? 'user' : (line.name && line.name !== 'Webcare' ? 'agent' : 'bot');
    const li = el('li', role);
    li.append(el('span', 'who', role === 'user' ? t.customer : (line.name || t.bot)));
    li.append(document.createTextNode(role === 'user' ? line.text : plain(line.text)));
    $('transcript').append(li);
    li.scrollIntoView({ block: 'end' });
  }

  async function open(hub, handoffId) {
    current = handoffId;
    const chat = await hub.invoke('GetChat', handoffId);
    const context = [];
    context.push(`${t.reason}: ${label(chat.reason)}${chat.details ? ' — ' + chat.details : ''}${feelings(chat.distress, chat.distressKinds)}`);
    if (chat.customer) {
      context.push(`${t.customer}: ${chat.customer.name}`);
      context.push(`${t.invoice}: ${chat.customer.invoiceNumber} (${chat.customer.creditor}), ${euros(chat.customer.openCents)} ${t.open}, ${label(chat.customer.status)}${chat.customer.disputed ? ' · ' + t.disputed : ''}`);
      for (const p of chat.customer.promises) context.push(`${t.promises}: ${p.promisedOn} ${euros(p.amountCents)} (${p.status})`);
      for (const a of chat.customer.arrangements) context.push(`${t.arrangementLine || 'Regeling'}: ${a.instalments} × ${euros(a.instalmentCents)}, ${a.firstDueOn} (${a.status})`);
    } else {
      context.push(t.notVerified);
    }
    $('context').textContent = context.join('\n');
    $('notes').replaceChildren(...chat.notes.map(n => el('li', null, `${n.agentName}: ${n.text}`)));
    $('transcript').replaceChildren();
    chat.transcript.forEach(addLine);
    $('reply').hidden = false;
    $('note').hidden = false;
    $('transfer').hidden = false;
    $('arrangement').hidden = false;
    $('promise').hidden = false;
    $('close').hidden = false;
    $('status').textContent = '';
  }

  async function start() {
    const me = await fetch('/api/auth/me');
    if (me.status === 401) {
      location.href = '/login/?ReturnUrl=' + encodeURIComponent(location.pathname + location.search);
      return;
    }
    const profile = await me.json();
    $('me').textContent = `${profile.displayName} (${profile.roles.join(', ')})`;
    $('overview-panel').hidden = !profile.roles.some(r => r === 'Supervisor' || r === 'Admin');

    const hub = new signalR.HubConnectionBuilder().withUrl('/hubs/agent').withAutomaticReconnect().build();
    hub.on('QueueChanged', () => { refreshQueue(hub); refreshCallbacks(hub); refreshOverview(hub); });
    hub.on('ChatAssigned', id => open(hub, id));
    hub.on('CustomerMessage', (id, text, at) => {
      if (id !== current) return;
      $('typing').hidden = true;
      addLine({ role: 'user', text, at });
    });
    hub.on('CustomerTyping', id => {
      if (id !== current) return;
      $('typing').hidden = false;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => { $('typing').hidden = true; }, 5000);
    });
    hub.onreconnected(async () => { await refreshQueue(hub); if (current) await open(hub, current); });
    await hub.start();
    window.consoleHub = hub;
    await refreshQueue(hub);
    await refreshCallbacks(hub);
    await refreshOverview(hub);
    setInterval(() => { refreshQueue(hub); refreshOverview(hub); }, 30000);
    $('away').addEventListener('change', () => hub.invoke('SetAway', $('away').checked));
    $('transfer').addEventListener('submit', async event => {
      event.preventDefault();
      const to = $('transfer-to').value.trim();
      if (!to || !current) return;
      try {
        if (await hub.invoke('Transfer', current, to)) {
          current = null;
          ['reply', 'note', 'transfer', 'promise', 'arrangement', 'close'].forEach(id => { $(id).hidden = true; });
          $('status').textContent = t.transferred;
        }
      } catch (e) {
        $('status').textContent = e.message;
      }
    });
    for (const answer of await hub.invoke('GetCannedAnswers', english ? 'en' : 'nl')) {
      const option = el('option', null, answer.title);
      option.value = answer.text;
      $('canned').append(option);
    }
    $('canned').addEventListener('change', () => {
      if ($('canned').value) $('reply-text').value = $('canned').value;
      $('canned').value = '';
      $('reply-text').focus();
    });
    $('note').addEventListener('submit', async event => {
      event.preventDefault();
      const text = $('note-text').value.trim();
      if (!text || !current) return;
      await hub.invoke('AddNote', current, text);
      $('note-text').value = '';
      await open(hub, current);
    });

    let lastTyping = 0;
    $('reply-text').addEventListener('input', () => {
      if (!current || Date.now() - lastTyping < 2000) return;
      lastTyping = Date.now();
      hub.invoke('Typing', current);
    });
    $('reply').addEventListener('submit', async event => {
      event.preventDefault();
      const text = $('reply-text').value.trim();
      if (!text || !current) return;
      await hub.invoke('Send', current, text);
      addLine({ role: 'bot', name: t.you, text });
      $('reply-text').value = '';
    });
    $('promise').addEventListener('submit', async event => {
      event.preventDefault();
      if (!current || !$('promise-day').value) return;
      const outcome = await hub.invoke('RecordPromise', current, $('promise-day').value);
      if (outcome === 'Recorded') await open(hub, current);
      $('status').textContent = t.promiseOutcome[outcome] || outcome;
    });
    $('arrangement').addEventListener('submit', async event => {
      event.preventDefault();
      const euros = parseFloat($('arrangement-amount').value);
      if (!current || !(euros > 0)) return;
      const outcome = await hub.invoke('RecordArrangement', current, Math.round(euros * 100));
      if (outcome === 'Recorded') await open(hub, current);
      $('status').textContent = t.promiseOutcome[outcome] || outcome;
    });
    $('close').addEventListener('submit', async event => {
      event.preventDefault();
      if (!current) return;
      await hub.invoke('Close', current, $('outcome').value);
      current = null;
      $('reply').hidden = true;
      $('note').hidden = true;
      $('transfer').hidden = true;
      $('arrangement').hidden = true;
      $('promise').hidden = true;
      $('close').hidden = true;
      $('status').textContent = t.closed;
      await refreshQueue(hub);
    });
  }

  start();
})();
