// The one call-back list (issue 10): broken and partly paid promises, out-of-hours messages and requests.
// Claim a task (one agent wins) and close it with an outcome. Dutch by default, English with ?lang=en.
(function () {
  'use strict';
  const english = new URLSearchParams(location.search).get('lang') === 'en';
  const texts = english
    ? { title: 'Call-backs', showDone: 'Show finished tasks', due: 'When', reason: 'Reason', invoice: 'Invoice',
        context: 'Context and opening line', phone: 'Phone', noPhone: 'no number', who: 'Who', empty: 'No tasks.', console: 'Console', claim: 'Claim', done: 'Done',
        outcome: 'Outcome of the call?', taken: 'A colleague took this task already.', wordsAdded: 'The customer added something since; read the task again, then close it.', error: 'That did not work; try again.',
        signIn: 'Sign in first.', reasons: { 'broken-promise': 'Promise not kept', 'partly-paid': 'Partly paid', message: 'Message',
          'callback-request': 'Call-back request', crisis: 'Possible crisis (113 named)', 'unclaimed-handoff': 'Nobody took the chat', 'nps-detractor': 'Unhappy customer' } }
    : { noPhone: 'geen nummer', claim: 'Oppakken', done: 'Afgerond', outcome: 'Hoe is het gesprek afgelopen?', taken: 'Een collega heeft deze taak al.', wordsAdded: 'De klant heeft sindsdien iets toegevoegd; lees de taak opnieuw en sluit hem dan af.',
        error: 'Dat lukte niet; probeer het opnieuw.', signIn: 'Log eerst in.',
        reasons: { 'broken-promise': 'Belofte niet nagekomen', 'partly-paid': 'Deels betaald', message: 'Bericht',
          'callback-request': 'Terugbelverzoek', crisis: 'Mogelijke crisis (113 genoemd)', 'unclaimed-handoff': 'Chat niet opgepakt', 'nps-detractor': 'Ontevreden klant' } };
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

  async function post(url, body) {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : null });
    if (response.status === 409) say((await response.json().catch(() => ({}))).reason === 'words-added' ? texts.wordsAdded : texts.taken);
    else if (!response.ok) say(texts.error);
    else say('');
    await load();
  }

  async function load() {
    const response = await fetch('/api/callbacks/?done=' + showDone.checked);
    if (response.status === 401) { say(texts.signIn); return; }
    const tasks = await response.json();
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
      if (!task.doneAt) {
        const claim = document.createElement('button');
        claim.textContent = texts.claim;
        claim.addEventListener('click', () => post(`/api/callbacks/${task.id}/claim`));
        const done = document.createElement('button');
        done.textContent = texts.done;
        done.addEventListener('click', () => {
          const outcome = prompt(texts.outcome);
          if (outcome) post(`/api/callbacks/${task.id}/done`, { outcome, contextLength: task.context.length });
        });
        actions.append(claim, ' ', done);
      }
      tbody.appendChild(row);
    }
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
