// The agent console: the queue of chats waiting for a person, claiming one, the whole story, replying live.
// Customer text is only ever inserted as text (textContent or SafeMarkdown's text nodes), never as HTML.
(function () {
  'use strict';
  const english = new URLSearchParams(location.search).get('lang') === 'en';
  const locale = english ? 'en-GB' : 'nl-NL';
  const t = english
    ? { title: 'Console', queue: 'Queue', queueEmpty: 'Nobody is waiting.', chat: 'Conversation', customerTyping: 'The customer is typing…',
        send: 'Send', close: 'Close', outcomeAnswered: 'Question answered', outcomePromise: 'Payment promise made',
        outcomeArrangement: 'Arrangement made', outcomeBot: 'Back to the bot', claim: 'Take over', waiting: 'waiting',
        taken: 'Someone else was quicker.', closed: 'Closed. The customer is back with the bot.', notVerified: 'not verified', verified: 'verified', customer: 'Customer',
        invoice: 'Invoice', open: 'open', due: 'due', reason: 'Reason', promises: 'Promises', promise: 'Payment promise', you: 'You', bot: 'Bot', distress: 'distressed',
        promiseDay: 'Payment promise on', record: 'Record', arrangementMonthly: 'Arrangement, per month €', arrangementLine: 'Arrangement', callbacks: 'Call-backs', npsReport: 'NPS report', jobs: 'Jobs (Hangfire)', payments: 'Import payments',
        away: 'Away', sound: 'Sound for a new chat', shortcuts: 'Shortcuts (?)', signOut: 'Sign out', overview: 'Team', transfer: 'Transfer', transferPlaceholder: "Colleague's e-mail address", transferred: 'Transferred.',
        online: 'online', offline: 'offline', chats: 'chats', canned: 'Search canned answers…', addNote: 'Note', notePlaceholder: 'Internal note (the customer never sees it)', called: 'Called back',
        replyPlaceholder: 'Message to the customer (Enter sends, Shift+Enter new line)', noChat: 'No conversation open. Take over a chat from the queue (shortcut N).',
        unverifiedHint: 'A payment promise or arrangement can only be recorded once the customer is verified.', verify: 'Let the bot verify the customer',
        verifying: 'The bot is asking the customer who they are…', verifiedNow: 'The customer is verified. You can now record agreements.',
        notVerifiedNow: 'The customer was not verified.', earlier: 'Earlier conversations with this customer',
        shortcutsTitle: 'Shortcuts', closeDialog: 'Close', note: 'Internal note', noCreditor: '', disputed: 'disputed: no payment prompts',
        instalments: 'instalments of', from: 'from', newChat: 'New chat in the queue', claimOf: 'chat of', unverifiedCustomer: 'an unverified customer',
        urgency: { Top: 'Crisis', High: 'Urgent', Normal: 'Normal' }, min: 'min',
        keys: [['N', 'take over the next chat'], ['Alt+1 … Alt+9', 'switch to my chat 1 … 9'], ['Alt+M', 'my chats'], ['Alt+R', 'reply box'], ['Alt+K', 'search canned answers'], ['Alt+O', 'internal note'], ['Alt+X', 'close the chat'], ['?', 'this overview']],
        mine: 'My chats', mineEmpty: 'You have no open chats.', unread: n => n === 1 ? '1 new message' : `${n} new messages`, chatWith: 'chat with',
        newMessageIn: 'New message in the chat with', assignedToYou: 'A chat was handed to you', hiddenAnswer: 'Answer to the bot for the verification (hidden)', crisisSignal: 'Possible crisis signal from the customer: take it seriously, ask about it, and name 113 Suicide Prevention (113 or 0800-0113, free, day and night). In immediate danger: 112.', crisisSignalIn: 'Possible crisis signal in the chat with', file: 'File', fileHint: 'Download the file the customer sent', fileNotKept: 'File sent through another channel, not kept here (ask the customer to send it through the website chat)',
        noColleague: 'No colleague online', colleagueLabel: 'Colleague who takes over the chat', chatCount: n => n === 1 ? '1 chat' : `${n} chats`,
        cannedInserted: 'Canned answer put in the reply box: check it and send.', reassignTo: 'Reassign to', reassign: 'Reassign', hoursAgo: '4 hours ago', now: 'now',
        arrangementOutcome: { AlreadyPromised: 'There is an open payment promise; an arrangement cannot stand next to it.' },
        feelings: { anger: 'angry', fear: 'afraid', despair: 'despairing', grief: 'grieving', shame: 'ashamed' },
        promiseStatus: { Open: 'open', Kept: 'kept', Broken: 'broken', Cancelled: 'cancelled' },
        arrangementStatus: { Active: 'active', Completed: 'completed', Broken: 'broken', Cancelled: 'cancelled' },
        handoffStatus: { Waiting: 'waiting', WithAgent: 'with agent', Resolved: 'closed', BackToBot: 'back to the bot', CallbackRequested: 'call back' },
        errors: { 'This chat is not yours': 'This chat is not yours (any more).', 'No agent with that e-mail address': 'There is no agent with that e-mail address.',
          'A message needs text': 'Type a message first.', 'A note needs text': 'Type a note first.', 'The day must be YYYY-MM-DD': 'Pick a day.',
          'The monthly amount must be more than zero': 'Fill in an amount above zero.', 'That colleague is not online': 'That colleague is not online; pick someone who is.', 'That colleague is marked away': 'That colleague is marked away; pick someone who is available.', 'The chat is already with that colleague': 'The chat is already with that colleague.', offline: 'The connection to the server is lost; reconnecting…',
          unknown: 'That did not work: ' },
        promiseOutcome: { Recorded: 'Agreement recorded and confirmed to the customer.', NotVerified: 'The customer is not verified yet.', AlreadyPromised: 'There is already an open promise.',
          AlreadyArranged: 'There is already an active arrangement.', Disputed: 'The invoice is disputed.', NothingToPay: 'Nothing left to pay.',
          DayInPast: 'That day has passed.', DayTooFar: 'That day is too far ahead for the policy.',
          BelowMinimum: 'Below the minimum instalment of the policy.', TooLong: 'Longer than the policy allows.', OneInstalment: 'That pays everything at once: record a payment date instead.' } }
    : { claim: 'Overnemen', waiting: 'wacht', taken: 'Een collega was sneller.', closed: 'Afgesloten. De klant is weer bij de bot.', notVerified: 'niet geverifieerd', verified: 'geverifieerd',
        customer: 'Klant', invoice: 'Factuur', open: 'open', due: 'vervalt', reason: 'Reden', promises: 'Afspraken', promise: 'Betaalafspraak', you: 'Jij', bot: 'Bot', distress: 'in nood',
        transferred: 'Overgedragen.', online: 'online', offline: 'offline', chats: 'gesprekken', away: 'weg', note: 'Interne notitie',
        disputed: 'betwist: geen betaalverzoeken', arrangementLine: 'Regeling', instalments: 'termijnen van', from: 'vanaf', newChat: 'Nieuwe chat in de wachtrij',
        claimOf: 'chat van', verifying: 'De bot vraagt de klant nu wie hij is…', verifiedNow: 'De klant is geverifieerd. Je kunt nu afspraken vastleggen.',
        notVerifiedNow: 'De klant is niet geverifieerd.', unverifiedCustomer: 'een niet-geverifieerde klant', called: 'Teruggebeld',
        urgency: { Top: 'Crisis', High: 'Urgent', Normal: 'Normaal' }, min: 'min',
        keys: [['N', 'volgende chat overnemen'], ['Alt+1 … Alt+9', 'naar mijn gesprek 1 … 9'], ['Alt+M', 'mijn gesprekken'], ['Alt+R', 'antwoordveld'], ['Alt+K', 'standaardantwoord zoeken'], ['Alt+O', 'interne notitie'], ['Alt+X', 'gesprek afsluiten'], ['?', 'dit overzicht']],
        mine: 'Mijn gesprekken', mineEmpty: 'Je hebt geen open gesprekken.', unread: n => n === 1 ? '1 nieuw bericht' : `${n} nieuwe berichten`, chatWith: 'gesprek met',
        newMessageIn: 'Nieuw bericht in het gesprek met', assignedToYou: 'Je hebt een gesprek toegewezen gekregen', hiddenAnswer: 'Antwoord aan de bot voor de verificatie (verborgen)', crisisSignal: 'Mogelijk crisissignaal van de klant: neem het serieus, vraag ernaar en noem 113 Zelfmoordpreventie (113 of 0800-0113, gratis, dag en nacht). Bij direct gevaar: 112.', crisisSignalIn: 'Mogelijk crisissignaal in het gesprek met', file: 'Bestand', fileHint: 'Download het bestand dat de klant stuurde', fileNotKept: 'Bestand via een ander kanaal gestuurd, hier niet bewaard (vraag de klant het via de chat op de website te sturen)',
        noColleague: 'Geen collega online', colleagueLabel: 'Collega die het gesprek overneemt', chatCount: n => n === 1 ? '1 gesprek' : `${n} gesprekken`,
        cannedInserted: 'Standaardantwoord staat in het antwoordveld: controleer het en verstuur.', reassignTo: 'Toewijzen aan', reassign: 'Toewijzen', hoursAgo: '4 uur geleden', now: 'nu',
        arrangementOutcome: { AlreadyPromised: 'Er loopt een betaalafspraak; een regeling kan daar niet naast.' },
        feelings: { anger: 'boos', fear: 'angstig', despair: 'wanhopig', grief: 'in rouw', shame: 'schaamt zich' },
        promiseStatus: { Open: 'loopt', Kept: 'nagekomen', Broken: 'niet nagekomen', Cancelled: 'vervallen' },
        arrangementStatus: { Active: 'loopt', Completed: 'afbetaald', Broken: 'niet nagekomen', Cancelled: 'vervallen' },
        handoffStatus: { Waiting: 'wacht', WithAgent: 'bij medewerker', Resolved: 'afgesloten', BackToBot: 'terug naar de bot', CallbackRequested: 'terugbellen' },
        errors: { 'This chat is not yours': 'Dit gesprek is niet (meer) van jou.', 'No agent with that e-mail address': 'Er is geen medewerker met dat e-mailadres.',
          'A message needs text': 'Typ eerst een bericht.', 'A note needs text': 'Typ eerst een notitie.', 'The day must be YYYY-MM-DD': 'Kies een dag.',
          'The monthly amount must be more than zero': 'Vul een bedrag boven nul in.', 'That colleague is not online': 'Die collega is niet online; kies iemand die er is.', 'That colleague is marked away': 'Die collega staat op afwezig; kies iemand die beschikbaar is.', 'The chat is already with that colleague': 'Dit gesprek ligt al bij die collega.', offline: 'De verbinding met de server is weg; opnieuw verbinden…',
          unknown: 'Dat lukte niet: ' },
        promiseOutcome: { Recorded: 'Vastgelegd en aan de klant bevestigd.', NotVerified: 'De klant is nog niet geverifieerd.', AlreadyPromised: 'Er loopt al een betaalafspraak.',
          AlreadyArranged: 'Er loopt al een betalingsregeling.', Disputed: 'De factuur wordt betwist.', NothingToPay: 'Er staat niets meer open.',
          DayInPast: 'Die dag is al voorbij.', DayTooFar: 'Die dag ligt te ver weg voor het beleid.',
          BelowMinimum: 'Lager dan de minimale termijn van het beleid.', TooLong: 'Langer dan het beleid toestaat.', OneInstalment: 'Dat is alles in één keer: leg een betaaldatum vast.' } };
  if (english) {
    document.documentElement.lang = 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { if (t[el.dataset.i18n]) el.textContent = t[el.dataset.i18n]; });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t[el.dataset.i18nPlaceholder]; });
  }
  const labels = english
    ? { 'human-request': 'Wants a person', message: 'Left a message', dispute: 'Dispute', crisis: 'CRISIS (113)', 'arrangement-outside-policy': 'Arrangement outside policy',
        open: 'open', 'reminder-sent': 'reminder sent', 'final-notice': 'final notice', 'in-collection': 'in collection', 'partly-paid': 'partly paid', paid: 'paid',
        answered: 'question answered', promise: 'payment promise', arrangement: 'arrangement', 'back-to-bot': 'back to the bot', 'called-back': 'called back' }
    : { 'human-request': 'Wil een medewerker', message: 'Liet een bericht achter', dispute: 'Betwisting', crisis: 'CRISIS (113)', 'arrangement-outside-policy': 'Regeling buiten beleid',
        open: 'open', 'reminder-sent': 'herinnering gestuurd', 'final-notice': 'laatste herinnering', 'in-collection': 'in incasso', 'partly-paid': 'deels betaald', paid: 'betaald',
        answered: 'vraag beantwoord', promise: 'betaalafspraak', arrangement: 'regeling', 'back-to-bot': 'terug naar de bot', 'called-back': 'teruggebeld' };
  const label = key => labels[key] || key;
  const icons = { Top: '⚠', High: '▲', Normal: '•' };
  const feelings = (distress, kinds) => {
    const list = (Array.isArray(kinds) ? kinds : (kinds || '').split(',')).filter(Boolean);
    if (list.length > 0) return list.map(k => t.feelings[k] || k).join(', ');
    return distress ? t.distress : '';
  };
  const $ = id => document.getElementById(id);
  let hub;
  let current = null;
  let readOnly = false;
  let myName = '';
  // Every open chat this agent holds (id → row from GetMyChats plus an unread count), in the order the server gives.
  const mine = new Map();
  let queueItems = [];
  let seen = null;
  let typingTimer;
  let cannedAnswers = [];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  const utc = iso => Date.parse(iso.endsWith('Z') ? iso : iso + 'Z');
  function waited(iso) {
    const seconds = Math.max(0, Math.floor((Date.now() - utc(iso)) / 1000));
    const minutes = Math.floor(seconds / 60);
    return minutes >= 60 ? `${Math.floor(minutes / 60)} u ${minutes % 60} ${t.min}` : `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
  }
  const euros = cents => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const day = iso => new Date(iso + 'T12:00:00').toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const when = iso => new Date(utc(iso)).toLocaleString(locale, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
  const time = iso => new Date(utc(iso)).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

  // Every hub error in words: a HubException's own message (translated where known), or the lost connection.
  function showError(e) {
    const raw = String((e && e.message) || e);
    const own = raw.includes('HubException: ') ? raw.slice(raw.indexOf('HubException: ') + 14).trim() : null;
    let text;
    if (own) text = t.errors[own] || t.errors.unknown + own;
    else if (!hub || hub.state !== 'Connected') text = t.errors.offline;
    else text = t.errors.unknown + raw;
    $('status').textContent = '';
    $('error').textContent = text;
  }

  // One line of news at a time: a new status replaces the old one and any error.
  function say(message) {
    $('error').textContent = '';
    $('status').textContent = message || '';
  }

  async function call(method, ...args) {
    $('error').textContent = '';
    $('status').textContent = '';
    try {
      return await hub.invoke(method, ...args);
    } catch (e) {
      showError(e);
      throw e;
    }
  }
  // Background fetches (queue, my chats, a chat that changed) leave the agent's status and error lines alone.
  async function fetchQuietly(method, ...args) {
    try {
      return await hub.invoke(method, ...args);
    } catch (e) {
      showError(e);
      throw e;
    }
  }
  const quietly = promise => promise.catch(() => undefined);

  function beep() {
    if (!$('sound').checked) return;
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      tone.frequency.value = 880;
      tone.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.15);
    } catch { /* no sound available */ }
  }

  async function refreshQueue() {
    const items = await fetchQuietly('GetQueue');
    const arrived = seen ? items.filter(i => !seen.has(i.id)) : [];
    seen = new Set(items.map(i => i.id));
    queueItems = items;
    const list = $('queue');
    list.replaceChildren();
    $('queue-empty').hidden = items.length > 0;
    $('queue-count').textContent = items.length > 0 ? `(${items.length})` : '';
    document.title = (items.length > 0 ? `(${items.length}) ` : '') + (english ? 'Console — WebcareHub' : 'Console — WebcareHub');
    const counts = ['Top', 'High', 'Normal'].map(u => [u, items.filter(i => i.urgency === u).length]).filter(([, n]) => n > 0);
    $('queue-summary').replaceChildren(...counts.map(([u, n]) => el('span', 'count urgency-' + u, `${icons[u]} ${t.urgency[u]}: ${n}`)));
    for (const item of items) {
      const who = item.customerName || t.notVerified;
      const li = el('li', 'row-item urgency-' + item.urgency);
      li.dataset.handoff = item.id;
      const top = el('div', 'row-top');
      top.append(el('span', 'badge urgency-' + item.urgency, `${icons[item.urgency]} ${t.urgency[item.urgency]}`));
      top.append(el('strong', item.customerName ? 'name' : 'name unverified', who));
      top.append(el('span', 'lang', item.language.toUpperCase()));
      li.append(top);
      const mood = feelings(item.distress, item.distressKinds);
      li.append(el('span', 'reason', label(item.reason) + (mood ? ' · ' + mood : '') + (item.creditor ? ' · ' + item.creditor : '')));
      if (item.lastWords) li.append(el('q', 'last-words', item.lastWords));
      const wait = el('span', 'wait', `${t.waiting} ${waited(item.requestedAt)}`);
      wait.dataset.since = item.requestedAt;
      li.append(wait);
      const claim = el('button', null, t.claim);
      claim.type = 'button';
      // Without a name, the customer's last words tell two unverified chats apart for a screen reader.
      const words = !item.customerName && item.lastWords ? `: “${item.lastWords.length > 60 ? item.lastWords.slice(0, 60) + '…' : item.lastWords}”` : '';
      claim.setAttribute('aria-label', `${t.claim}: ${t.claimOf} ${item.customerName || t.unverifiedCustomer} (${label(item.reason)}, ${t.urgency[item.urgency]})${words}`);
      claim.addEventListener('click', () => claimChat(item.id));
      li.append(claim);
      list.append(li);
    }
    if (arrived.length > 0) {
      $('queue-announce').textContent = arrived.map(i => `${t.newChat}: ${t.urgency[i.urgency]}, ${label(i.reason)}, ${i.customerName || t.notVerified}`).join('. ');
      beep();
    }
  }

  // Unsent text and the chosen outcome belong to one chat: kept per chat (also over a reload), never carried to another.
  const draftKey = id => 'console-draft-' + id;
  function loadDraft(id) {
    try { return JSON.parse(sessionStorage.getItem(draftKey(id))) || {}; } catch { return {}; }
  }
  function saveDraft() {
    if (!current || readOnly) return;
    sessionStorage.setItem(draftKey(current), JSON.stringify({ reply: $('reply-text').value, note: $('note-text').value, outcome: $('outcome').value }));
  }
  function forgetDraft(id) { sessionStorage.removeItem(draftKey(id)); }
  function restoreDraft(id) {
    const draft = loadDraft(id);
    $('reply-text').value = draft.reply || '';
    $('note-text').value = draft.note || '';
    $('outcome').value = draft.outcome || 'answered';
  }

  async function refreshMine() {
    const chats = await fetchQuietly('GetMyChats');
    const before = new Map(mine);
    mine.clear();
    for (const chat of chats) mine.set(chat.id, { ...chat, unread: (before.get(chat.id) || {}).unread || 0 });
    renderMine();
  }

  function renderMine() {
    const list = $('mine');
    list.replaceChildren();
    $('mine-empty').hidden = mine.size > 0;
    $('mine-count').textContent = mine.size > 0 ? `(${mine.size})` : '';
    [...mine.values()].forEach((chat, index) => {
      const who = chat.customerName || t.notVerified;
      const li = el('li', 'row-item urgency-' + chat.urgency + (chat.id === current && !readOnly ? ' current' : ''));
      const button = el('button', 'chat-tab');
      button.type = 'button';
      button.dataset.handoff = chat.id;
      if (chat.id === current && !readOnly) button.setAttribute('aria-current', 'true');
      if (index < 9) button.setAttribute('aria-keyshortcuts', `Alt+${index + 1}`);
      button.append(el('span', 'badge urgency-' + chat.urgency, `${icons[chat.urgency]} ${t.urgency[chat.urgency]}`));
      button.append(el('strong', chat.customerName ? 'name' : 'name unverified', who));
      button.append(el('span', 'reason', label(chat.reason)));
      if (chat.unread > 0) button.append(el('span', 'unread', t.unread(chat.unread)));
      button.addEventListener('click', () => switchTo(chat.id));
      li.append(button);
      list.append(li);
    });
  }

  // Puts one of my chats on screen: the draft of the one on screen stays with it, the other's comes back.
  async function switchTo(id) {
    // Already on screen (a push after the claim may have opened it first): the reply box still gets the focus.
    if (id === current && !readOnly) { $('reply-text').focus(); return; }
    saveDraft();
    if (readOnly) quietly(hub.invoke('StopReading'));
    await open(id);
    if (current === id) $('reply-text').focus();
  }

  function tick() {
    document.querySelectorAll('.wait[data-since]').forEach(w => { w.textContent = `${t.waiting} ${waited(w.dataset.since)}`; });
  }

  async function claimChat(id) {
    let ok;
    try { ok = await call('Claim', id); } catch { return; }
    if (!ok) { say(t.taken); await quietly(refreshQueue()); return; }
    await quietly(refreshMine());
    await switchTo(id);
  }

  function showTools(chat) {
    const active = !!chat && !readOnly;
    $('no-chat').hidden = !!chat;
    $('chat-body').hidden = !chat;
    $('tools').hidden = !active;
    $('verified-tools').hidden = !(active && chat.customer);
    $('unverified-tools').hidden = !(active && !chat.customer);
  }

  function contextLine(parent, labelText, value, className) {
    const p = el('p', className);
    p.append(el('span', 'label', labelText + ': '));
    if (value instanceof Node) p.append(value); else p.append(document.createTextNode(value));
    parent.append(p);
  }

  function renderContext(chat) {
    const box = $('context');
    box.replaceChildren();
    const head = el('div', 'context-head');
    head.append(el('strong', 'customer-name', chat.customer ? chat.customer.name : t.customer));
    head.append(el('span', chat.customer ? 'badge verified' : 'badge unverified', chat.customer ? '✔ ' + t.verified : '✖ ' + t.notVerified));
    head.append(el('span', 'badge urgency-' + chat.urgency, `${icons[chat.urgency]} ${t.urgency[chat.urgency]}`));
    if (readOnly) head.append(el('span', 'badge', english ? 'reading along' : 'meelezen'));
    box.append(head);
    const mood = feelings(chat.distress, chat.distressKinds);
    contextLine(box, t.reason, label(chat.reason) + (chat.details ? ' — ' + chat.details : '') + (mood ? ' · ' + mood : ''));
    if (chat.origin) contextLine(box, english ? 'Came from' : 'Kwam via',
      (english ? `the link in our public reply to a post on ${chat.origin.platform} by ${chat.origin.author}, ` : `de link in ons openbare antwoord op een bericht op ${chat.origin.platform} van ${chat.origin.author}, `) + day(chat.origin.at.slice(0, 10))
      // The link was public: whoever read the reply could open it, so this says nothing about who is chatting.
      + (english ? ' (not proof that this is the author: anyone who read the reply could use the link)' : ' (geen bewijs dat dit de schrijver is: iedereen die het antwoord las, kon de link gebruiken)'));
    if (chat.customer) {
      const c = chat.customer;
      contextLine(box, t.invoice, `${c.invoiceNumber} (${c.creditor}) · ${euros(c.openCents)} ${t.open} · ${label(c.status)} · ${t.due} ${day(c.dueOn)}${c.disputed ? ' · ' + t.disputed : ''}`);
      for (const p of c.promises) contextLine(box, t.promise, `${euros(p.amountCents)} ${english ? 'by' : 'uiterlijk'} ${day(p.promisedOn)} · ${t.promiseStatus[p.status] || p.status}`, 'agreement');
      for (const a of c.arrangements) contextLine(box, t.arrangementLine, `${a.instalments} ${t.instalments} ${euros(a.instalmentCents)}, ${t.from} ${day(a.firstDueOn)} · ${t.arrangementStatus[a.status] || a.status}`, 'agreement');
    }
    $('earlier').hidden = chat.earlier.length === 0;
    $('earlier-list').replaceChildren(...chat.earlier.map(e =>
      el('li', null, `${when(e.at)} · ${label(e.reason)} · ${t.handoffStatus[e.status] || e.status}${e.outcome ? ' · ' + label(e.outcome) : ''}${e.invoiceNumber ? ' · ' + e.invoiceNumber : ''}`)));
  }

  // Who said what at a glance: the customer on the right, the bot, an agent (by name) and internal notes each their own look.
  function addLine(line, batch) {
    const li = el('li', line.kind + (line.hidden ? ' hidden-answer' : ''));
    const who = line.kind === 'user' ? t.customer : line.kind === 'note' ? `${t.note} · ${line.name}` : line.kind === 'bot' ? (line.name || t.bot) : (line.name || myName || t.you);
    const header = el('span', 'who', who);
    if (line.at) header.append(el('time', 'at', ' · ' + time(line.at)));
    li.append(header);
    const body = el('div', 'text');
    if (line.hidden) body.append(el('em', null, t.hiddenAnswer));
    else if (line.kind === 'bot') body.append(window.SafeMarkdown.render(line.text));
    else { body.classList.add('plain'); body.textContent = line.text; }
    li.append(body);
    // The customer's files open through the console's own route (the chat's agent or a supervisor only), as downloads.
    if (!line.hidden && line.files && line.files.length) {
      const files = el('ul', 'files');
      for (const f of line.files) {
        if (!f.id) { files.append(el('li', 'not-kept', `📎 ${t.fileNotKept}: ${f.name}`)); continue; }
        const a = el('a', null, `📎 ${t.file}: ${f.name}`);
        a.href = `/api/console/chats/${encodeURIComponent(line.handoffId)}/files/${encodeURIComponent(f.id)}`;
        a.download = f.name;
        a.title = t.fileHint;
        const item = el('li');
        item.append(a);
        files.append(item);
      }
      li.append(files);
    }
    $('transcript').append(li);
    if (resized) resized.observe(li);
    if (!batch) scrollToLatest();
  }

  // Opens a chat (mine, or read along when asReader); the transcript opens at its latest line.
  async function open(handoffId, asReader, keepStatus) {
    const reader = !!asReader;
    let chat;
    try { chat = await (keepStatus ? fetchQuietly : call)(reader ? 'ReadAlong' : 'GetChat', handoffId); } catch { return; }
    const switched = current !== handoffId || readOnly !== reader;
    current = handoffId;
    readOnly = reader;
    if (!readOnly && mine.has(handoffId)) mine.get(handoffId).unread = 0;
    renderContext(chat);
    showTools(chat);
    const lines = chat.transcript.map(l => ({
      kind: l.role === 'user' ? 'user' : (l.name && l.name !== chat.botName ? 'agent' : 'bot'), name: l.name, text: l.text, at: l.at, hidden: l.hidden,
      files: l.files, handoffId
    })).concat(chat.notes.map(n => ({ kind: 'note', name: n.agentName, text: n.text, at: n.at })));
    lines.sort((a, b) => utc(a.at) - utc(b.at));
    $('transcript').replaceChildren();
    lines.forEach(line => addLine(line, true));
    scrollToLatest();
    if (switched) {
      $('typing').hidden = true;
      if (!readOnly) { restoreDraft(handoffId); sessionStorage.setItem('console-current', String(handoffId)); }
      if (!keepStatus) say('');
    }
    renderMine();
  }

  // At the latest line the transcript stays there when the panel around it changes size (a status line, the
  // tools) or a line wraps anew; the agent scrolling up to read stops that until the next chat or line.
  let atLatest = true;
  let ownScrollTop = -1;
  let resized;
  function scrollToLatest() {
    const transcript = $('transcript');
    transcript.scrollTop = transcript.scrollHeight;
    ownScrollTop = transcript.scrollTop;
    atLatest = true;
  }
  function followLatest() {
    const transcript = $('transcript');
    transcript.addEventListener('scroll', () => {
      if (transcript.scrollTop === ownScrollTop) return; // our own scroll, reported after the panel changed size
      atLatest = transcript.scrollTop + transcript.clientHeight >= transcript.scrollHeight - 8;
    });
    resized = new ResizeObserver(() => { if (atLatest) scrollToLatest(); });
    resized.observe(transcript);
  }

  // The chat on screen is no longer mine (closed, handed over, taken away): off the list, its draft forgotten.
  function closed(message) {
    if (current !== null && !readOnly) { mine.delete(current); forgetDraft(current); sessionStorage.removeItem('console-current'); }
    current = null;
    readOnly = false;
    showTools(null);
    renderMine();
    say(message);
  }

  async function refreshOverview() {
    if ($('overview-panel').hidden) return;
    const overview = await fetchQuietly('GetOverview');
    $('overview-longest').textContent = overview.waitingSince
      ? `${english ? 'Longest wait' : 'Langste wachttijd'}: ${waited(overview.waitingSince)}` : (english ? 'Nobody is waiting.' : 'Niemand wacht.');
    drawChart(overview.history);
    $('overview-agents').replaceChildren(...overview.agents.map(a =>
      el('li', null, `${a.name} · ${a.online ? (a.away ? t.away : t.online) : t.offline} · ${t.chatCount(a.openChats)}`)));
    const colleagues = await colleaguesOnline();
    $('overview-chats').replaceChildren(...overview.chats.map(c => {
      const who = c.customerName || t.notVerified;
      const li = el('li', 'urgency-' + c.urgency, `${icons[c.urgency]} ${who} · ${label(c.reason)} · ${t.handoffStatus[c.status] || c.status}${c.agentName ? ' · ' + c.agentName : ''} · ${waited(c.requestedAt)}`);
      if (c.status === 'WithAgent') {
        const read = el('button', 'link', english ? 'Read along' : 'Meelezen');
        read.type = 'button';
        read.setAttribute('aria-label', `${english ? 'Read along with' : 'Meelezen met'} ${c.agentName || ''}: ${label(c.reason)}`);
        read.addEventListener('click', () => { saveDraft(); open(c.id, true); });
        // Reassigning offers only colleagues who are online (the hub refuses anyone else too).
        const move = el('form', 'row reassign');
        const to = colleagueSelect(colleagues.filter(p => p.name !== c.agentName));
        to.setAttribute('aria-label', `${t.reassignTo} (${who}, ${c.agentName || ''})`);
        const submit = el('button', 'link', t.reassign);
        submit.type = 'submit';
        submit.disabled = to.disabled;
        move.append(to, submit);
        move.addEventListener('submit', async event => {
          event.preventDefault();
          if (!to.value) return;
          try { if (await call('Reassign', c.id, to.value)) say(t.transferred); } catch { /* shown */ }
        });
        li.append(read, move);
      }
      return li;
    }));
  }

  async function colleaguesOnline() {
    try { return await hub.invoke('GetOnlineColleagues'); } catch { return []; }
  }

  function colleagueSelect(colleagues) {
    const select = el('select');
    if (colleagues.length === 0) {
      select.append(el('option', null, t.noColleague));
      select.options[0].value = '';
      select.disabled = true;
    }
    for (const c of colleagues) {
      const option = el('option', null, c.away ? `${c.name} (${t.away})` : c.name);
      option.value = c.email;
      // A colleague marked away takes no chats: shown, but not to be chosen (the hub refuses it too).
      option.disabled = c.away;
      select.append(option);
    }
    return select;
  }

  async function refreshTransfer() {
    const chosen = $('transfer-to').value;
    const fresh = colleagueSelect(await colleaguesOnline());
    $('transfer-to').replaceChildren(...fresh.childNodes);
    $('transfer-to').disabled = fresh.disabled;
    if ([...$('transfer-to').options].some(o => o.value === chosen)) $('transfer-to').value = chosen;
  }

  // Queue length over the last hours as a plain SVG line (one point a minute).
  function drawChart(history) {
    let svg = document.getElementById('queue-chart');
    const ns = 'http://www.w3.org/2000/svg';
    if (!svg) {
      svg = document.createElementNS(ns, 'svg');
      svg.id = 'queue-chart';
      svg.setAttribute('class', 'chart');
      svg.setAttribute('viewBox', '0 0 240 60');
      svg.setAttribute('preserveAspectRatio', 'none');
      svg.setAttribute('role', 'img');
      $('overview-longest').after(svg);
    }
    const max = Math.max(1, ...history.map(h => h.waiting));
    const from = Date.now() - 4 * 3600 * 1000;
    const points = history.map(h => `${Math.round((utc(h.at) - from) / (4 * 3600 * 1000) * 240)},${Math.round(58 - h.waiting / max * 54)}`).join(' ');
    const line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', points);
    const now = history.length ? history[history.length - 1].waiting : 0;
    svg.setAttribute('aria-label', english ? `Queue length over the last 4 hours: at most ${max}, now ${now}` : `Lengte van de wachtrij in de laatste 4 uur: hoogstens ${max}, nu ${now}`);
    svg.replaceChildren(line);
    if (!document.getElementById('chart-axis')) {
      const axis = el('p', 'chart-axis');
      axis.id = 'chart-axis';
      axis.setAttribute('aria-hidden', 'true');
      axis.append(el('span', null, t.hoursAgo), el('span', null, t.now));
      svg.after(axis);
    }
  }

  function typing(e) { return e.target.closest('input, textarea, select, [contenteditable]'); }

  function shortcuts() {
    $('shortcut-list').replaceChildren(...t.keys.flatMap(([key, what]) => [el('dt', null, key), el('dd', null, what)]));
    document.addEventListener('keydown', e => {
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        if (/^[1-9]$/.test(e.key)) {
          const chat = [...mine.keys()][Number(e.key) - 1];
          if (chat !== undefined) { e.preventDefault(); switchTo(chat); }
          return;
        }
        if (e.key.toLowerCase() === 'm') { e.preventDefault(); ($('mine').querySelector('[aria-current]') || $('mine').querySelector('button') || $('mine-title')).focus(); return; }
        const target = { r: 'reply-text', k: 'canned-search', o: 'note-text', x: 'outcome' }[e.key.toLowerCase()];
        if (target && current && !readOnly) { e.preventDefault(); $(target).focus(); }
        return;
      }
      if (e.ctrlKey || e.metaKey || typing(e)) return;
      if (e.key === '?') { e.preventDefault(); $('shortcuts').showModal(); }
      else if (e.key === 'n' || e.key === 'N') {
        if (queueItems.length > 0) { e.preventDefault(); claimChat(queueItems[0].id); }
      }
    });
    $('help').addEventListener('click', () => $('shortcuts').showModal());
  }

  async function start() {
    const me = await fetch('/api/auth/me');
    if (me.status === 401) {
      location.href = '/login/?ReturnUrl=' + encodeURIComponent(location.pathname + location.search);
      return;
    }
    const profile = await me.json();
    myName = profile.displayName;
    $('me').textContent = `${profile.displayName} (${profile.roles.join(', ')})`;
    if (english) $('transfer-to').setAttribute('aria-label', t.colleagueLabel);
    const supervises = profile.roles.some(r => r === 'Supervisor' || r === 'Admin');
    $('overview-panel').hidden = !supervises;
    // Links only to pages this role may open (the server checks again).
    $('nps-link').hidden = !supervises;
    $('jobs-link').hidden = !supervises;
    $('payments-link').hidden = !profile.roles.includes('Admin');
    if (english) for (const id of ['nps-link', 'payments-link']) $(id).href += '?lang=en';
    showTools(null);
    shortcuts();
    followLatest();
    // The follow-up jobs in one line (due summaries, open call-backs, failures), refreshed now and then.
    const followUps = async () => {
      const response = await fetch('/api/follow-ups/status' + (english ? '?lang=en' : ''));
      if (response.ok) $('follow-ups-status').textContent = (await response.json()).line;
    };
    followUps();
    setInterval(followUps, 60000);
    $('sign-out').addEventListener('click', async () => {
      await fetch('/api/auth/logout', { method: 'POST' });
      location.href = '/login/' + (english ? '?lang=en' : '');
    });

    hub = new signalR.HubConnectionBuilder().withUrl('/hubs/agent').withAutomaticReconnect().build();
    hub.on('QueueChanged', async () => {
      quietly(refreshQueue());
      quietly(refreshOverview());
      quietly(refreshTransfer());
      // A chat closed or handed over in another tab of mine leaves this list too.
      await quietly(refreshMine());
      if (current !== null && !readOnly && !mine.has(current)) closed(t.errors['This chat is not yours']);
    });
    hub.on('ChatAssigned', async id => {
      await quietly(refreshMine());
      if (current === null) { await switchTo(id); return; }
      if (mine.has(id)) { mine.get(id).unread = Math.max(1, mine.get(id).unread); renderMine(); }
      $('mine-announce').textContent = t.assignedToYou;
    });
    hub.on('ChatTakenAway', id => {
      const message = english ? 'A supervisor gave this chat to a colleague.' : 'Een leidinggevende heeft dit gesprek aan een collega gegeven.';
      if (id === current && !readOnly) { closed(message); return; }
      mine.delete(id);
      forgetDraft(id);
      renderMine();
      say(message);
    });
    // A chat not on screen keeps its messages (the transcript has them) and shows how many are new.
    hub.on('CustomerMessage', async (id, text, at, files) => {
      if (id === current && !readOnly) {
        $('typing').hidden = true;
        addLine({ kind: 'user', text, at, files, handoffId: id });
        return;
      }
      if (!mine.has(id)) await quietly(refreshMine());
      const chat = mine.get(id);
      if (!chat) return;
      chat.unread += 1;
      renderMine();
      $('mine-announce').textContent = `${t.newMessageIn} ${chat.customerName || t.unverifiedCustomer}`;
    });
    // A possible suicide signal in a chat the agent owns or reads along: the 113 guidance at once, as an alert.
    hub.on('CrisisSignal', (id, likely) => {
      if (id === current) { $('error').textContent = t.crisisSignal; return; }
      const chat = mine.get(id);
      if (chat) $('error').textContent = `${t.crisisSignalIn} ${chat.customerName || t.unverifiedCustomer}. ${t.crisisSignal}`;
    });
    // Reading along: the chat is fetched again on every change, still read-only.
    let rereading;
    hub.on('ChatUpdated', id => {
      if (id !== current || !readOnly) return;
      clearTimeout(rereading);
      rereading = setTimeout(() => quietly(open(id, true, true)), 150);
    });
    hub.on('VerificationEnded', async (id, verified) => {
      if (mine.has(id)) await quietly(refreshMine());
      if (id !== current || readOnly) return;
      await open(id, false, true);
      say(verified ? t.verifiedNow : t.notVerifiedNow);
    });
    hub.on('CustomerTyping', id => {
      if (id !== current || readOnly) return;
      $('typing').hidden = false;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => { $('typing').hidden = true; }, 5000);
    });
    hub.onreconnecting(() => { $('error').textContent = t.errors.offline; });
    hub.onreconnected(async () => {
      $('error').textContent = '';
      await quietly(refreshQueue());
      await quietly(refreshMine());
      if (current) await open(current, readOnly, true);
    });
    await hub.start();
    window.consoleHub = hub;
    await quietly(refreshQueue());
    await quietly(refreshOverview());
    await quietly(refreshTransfer());
    // After a reload: every chat I hold is back in the list, the one I had open on screen.
    await quietly(refreshMine());
    const last = Number(sessionStorage.getItem('console-current'));
    const reopen = mine.has(last) ? last : mine.keys().next().value;
    if (reopen !== undefined) await open(reopen);
    setInterval(tick, 1000);
    $('away').addEventListener('change', () => quietly(call('SetAway', $('away').checked)));
    $('transfer').addEventListener('submit', async event => {
      event.preventDefault();
      const to = $('transfer-to').value;
      if (!to || !current || readOnly) return;
      try {
        if (await call('Transfer', current, to)) closed(t.transferred);
      } catch { /* shown */ }
    });
    try { cannedAnswers = await call('GetCannedAnswers', english ? 'en' : 'nl'); } catch { cannedAnswers = []; }
    $('canned-list').replaceChildren(...cannedAnswers.map(a => { const o = el('option'); o.value = a.title; return o; }));
    // A canned answer goes into the reply box at the cursor (next to what is already there), for the agent to check and send.
    const insertCanned = () => {
      const search = $('canned-search').value.trim().toLowerCase();
      if (!search) return false;
      const answer = cannedAnswers.find(a => a.title.toLowerCase() === search) || cannedAnswers.find(a => a.title.toLowerCase().includes(search));
      if (!answer) return false;
      const box = $('reply-text');
      const start = box.selectionStart ?? box.value.length;
      const end = box.selectionEnd ?? box.value.length;
      const before = box.value.slice(0, start);
      const after = box.value.slice(end);
      const text = (before && !/\s$/.test(before) ? ' ' : '') + answer.text + (after && !/^\s/.test(after) ? ' ' : '');
      box.setRangeText(text, start, end, 'end');
      $('canned-search').value = '';
      box.focus();
      saveDraft();
      say(t.cannedInserted);
      return true;
    };
    $('canned-search').addEventListener('keydown', e => {
      if (e.key !== 'Enter') return;
      e.preventDefault(); // never submits the reply form
      insertCanned();
    });
    $('canned-search').addEventListener('change', () => { insertCanned(); });
    $('note').addEventListener('submit', async event => {
      event.preventDefault();
      const text = $('note-text').value.trim();
      if (!current || readOnly) return;
      if (!text) { showError({ message: 'HubException: A note needs text' }); return; }
      const id = current;
      try { await call('AddNote', id, text); } catch { return; }
      if (current !== id) return;
      $('note-text').value = '';
      saveDraft();
      await open(id, false, true);
    });

    let lastTyping = 0;
    $('note-text').addEventListener('input', saveDraft);
    $('outcome').addEventListener('change', saveDraft);
    $('reply-text').addEventListener('input', () => {
      saveDraft();
      if (!current || readOnly || Date.now() - lastTyping < 2000) return;
      lastTyping = Date.now();
      quietly(hub.invoke('Typing', current));
    });
    $('reply-text').addEventListener('keydown', e => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('reply').requestSubmit(); }
    });
    $('reply').addEventListener('submit', async event => {
      event.preventDefault();
      const text = $('reply-text').value.trim();
      if (!current || readOnly) return;
      if (!text) { showError({ message: 'HubException: A message needs text' }); return; }
      // The text goes to the chat it was written in, even when the agent switches while it is on its way.
      const id = current;
      try { await call('Send', id, text); } catch { return; }
      const draft = loadDraft(id);
      if (current === id) {
        addLine({ kind: 'agent', name: myName, text, at: new Date().toISOString() });
        $('reply-text').value = '';
      }
      sessionStorage.setItem(draftKey(id), JSON.stringify({ ...draft, reply: '' }));
    });
    $('verify').addEventListener('click', async () => {
      if (!current) return;
      try { await call('AskBotToVerify', current); } catch { return; }
      say(t.verifying);
    });
    $('promise').addEventListener('submit', async event => {
      event.preventDefault();
      if (!current) return;
      let outcome;
      const id = current;
      try { outcome = await call('RecordPromise', id, $('promise-day').value); } catch { return; }
      if (outcome === 'Recorded' && current === id) { await open(id, false, true); $('outcome').value = 'promise'; saveDraft(); }
      say(t.promiseOutcome[outcome] || outcome);
    });
    $('arrangement').addEventListener('submit', async event => {
      event.preventDefault();
      const amount = parseFloat($('arrangement-amount').value);
      if (!current) return;
      let outcome;
      const id = current;
      try { outcome = await call('RecordArrangement', id, Math.round((amount || 0) * 100)); } catch { return; }
      if (outcome === 'Recorded' && current === id) { await open(id, false, true); $('outcome').value = 'arrangement'; saveDraft(); }
      say(t.arrangementOutcome[outcome] || t.promiseOutcome[outcome] || outcome);
    });
    $('close').addEventListener('submit', async event => {
      event.preventDefault();
      if (!current || readOnly) return;
      try { await call('Close', current, $('outcome').value); } catch { return; }
      closed(t.closed);
      await quietly(refreshQueue());
      $('queue-title').focus();
    });
  }

  start();
})();
