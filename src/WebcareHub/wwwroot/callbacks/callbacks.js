// The one call-back list (issue 10): broken and partly paid promises, out-of-hours messages and requests.
// Claim a task (one agent wins) and close it with an outcome. Dutch by default, English with ?lang=en.
(function () {
  'use strict';
  const english = new URLSearchParams(location.search).get('lang') === 'en';
  const texts = english
    ? { title: 'Call-backs', showDone: 'Show finished tasks', due: 'When', reason: 'Reason', invoice: 'Invoice',
        context: 'Context and opening line', phone: 'Phone', noPhone: 'no number', who: 'Who', empty: 'No tasks.', console: 'Console', claim: 'Claim', done: 'Done',
        outcome: 'Outcome of the call', taken: 'A colleague took this task already.', alreadyDone: 'This task is already done.',
        claimFirst: 'Claim the task first.', wordsAdded: 'The customer added something since; read the task again, then close it.', error: 'That did not work; try again.',
        reasons: { 'broken-promise': 'Promise not kept', 'partly-paid': 'Partly paid', message: 'Message',
          'callback-request': 'Call-back request', crisis: 'Possible crisis (113 named)', 'unclaimed-handoff': 'Nobody took the chat', 'nps-detractor': 'Unhappy customer', overpaid: 'Paid too much (refund)' } }
    : { noPhone: 'geen nummer', claim: 'Oppakken', done: 'Afgerond', outcome: 'Uitkomst van het gesprek', taken: 'Een collega heeft deze taak al.',
        alreadyDone: 'Deze taak is al afgerond.', claimFirst: 'Pak de taak eerst op.', wordsAdded: 'De klant heeft sindsdien iets toegevoegd; lees de taak opnieuw en sluit hem dan af.',
        error: 'Dat lukte niet; probeer het opnieuw.',
        reasons: { 'broken-promise': 'Belofte niet nagekomen', 'partly-paid': 'Deels betaald', message: 'Bericht',
          'callback-request': 'Terugbelverzoek', crisis: 'Mogelijke crisis (113 genoemd)', 'unclaimed-handoff': 'Chat niet opgepakt', 'nps-detractor': 'Ontevreden klant', overpaid: 'Te veel betaald (terugbetalen)' } };
  if (english) {
    document.documentElement.lang = 'en';
    document.title = 'Call-backs — WebcareHub';
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = texts[el.dataset.i18n]; });
  }
  const tbody = document.getElementById('tasks');
  const message = document.getElementById('message');
  const showDone = document.getElementById('show-done');
  const when = iso => new Date(iso + 'Z').toLocaleString(english ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

  function say(text) {
    message.textContent = text;
    message.hidden = !text;
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    if (className) td.className = className;
    td.textContent = text ?? '';
    row.appendChild(td);
    return td;
  }

  const refusals = { taken: texts.taken, done: texts.alreadyDone, 'claim-first': texts.claimFirst, 'words-added': texts.wordsAdded };
  let focusOn = null; // the task whose outcome field gets the focus after the list is drawn again

  async function post(url, body) {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : null });
    if (response.status === 409) say(refusals[(await response.json().catch(() => ({}))).reason] ?? texts.taken);
    else if (!response.ok) say(texts.error);
    else say('');
    await load();
  }

  // The outcome field and button of a task the agent claimed: the close sends the words as read, so words the
  // customer added since are shown first.
  function outcomeForm(task) {
    const form = document.createElement('form');
    form.className = 'outcome';
    const input = document.createElement('input');
    input.name = 'outcome';
    input.dataset.task = String(task.id);
    input.required = true;
    input.minLength = 2;
    input.maxLength = 500;
    input.setAttribute('aria-label', texts.outcome);
    input.placeholder = texts.outcome;
    const done = document.createElement('button');
    done.type = 'submit';
    done.textContent = texts.done;
    form.append(input, ' ', done);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      focusOn = task.id;
      await post(`/api/callbacks/${task.id}/done`, { outcome: input.value, contextLength: task.context.length });
    });
    return form;
  }

  async function load() {
    const response = await fetch('/api/callbacks/?done=' + showDone.checked);
    if (response.status === 401) {
      location.href = '/login/?ReturnUrl=' + encodeURIComponent(location.pathname + location.search);
      return;
    }
    if (!response.ok) { say(texts.error); return; }
    const tasks = await response.json();
    // The list is drawn again every 30 seconds: an outcome being typed keeps its words and the focus.
    const typed = new Map([...tbody.querySelectorAll('form.outcome input')].map(i => [i.dataset.task, i.value]));
    const focused = document.activeElement?.closest?.('form.outcome') ? document.activeElement.dataset.task : null;
    tbody.replaceChildren();
    document.getElementById('empty').hidden = tasks.length > 0;
    for (const task of tasks) {
      const row = document.createElement('tr');
      cell(row, when(task.dueAt));
      cell(row, texts.reasons[task.reason] ?? task.reason);
      cell(row, task.invoiceNumber);
      cell(row, task.phone ?? texts.noPhone, task.phone ? 'phone' : 'phone missing');
      const context = cell(row, task.context);
      if (task.openingLine) {
        const opening = document.createElement('p');
        opening.className = 'opening';
        opening.textContent = '“' + task.openingLine + '” (' + task.language + ')';
        context.appendChild(opening);
      }
      cell(row, task.doneAt ? task.assignedName + ': ' + task.outcome : task.assignedName, task.doneAt ? 'done' : '');
      const actions = cell(row, '');
      if (!task.doneAt && !task.assignedTo) {
        const claim = document.createElement('button');
        claim.textContent = texts.claim;
        claim.addEventListener('click', () => { focusOn = task.id; post(`/api/callbacks/${task.id}/claim`); });
        actions.append(claim);
      } else if (!task.doneAt && task.mine) {
        actions.append(outcomeForm(task));
      }
      tbody.appendChild(row);
      const outcome = actions.querySelector('input');
      if (outcome && typed.has(String(task.id))) outcome.value = typed.get(String(task.id));
      if (outcome && (focusOn === task.id || focused === String(task.id))) outcome.focus();
    }
    focusOn = null;
  }

  async function status() {
    const response = await fetch('/api/follow-ups/status' + (english ? '?lang=en' : ''));
    if (response.ok) document.getElementById('status').textContent = (await response.json()).line;
  }

  showDone.addEventListener('change', load);
  load();
  status();
  setInterval(() => { load(); status(); }, 30000);
})();
