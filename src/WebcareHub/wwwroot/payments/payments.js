// Admin upload of a payments CSV (issue 10, point 6): posts the file as it is to POST /api/payments/import and shows
// what happened: applied, duplicates, unknown invoices, paid too much, dated after today, or every refused line with its
// number. Dutch by default, English with ?lang=en; the server's line messages are translated where the page knows them.
(function () {
  'use strict';
  const english = new URLSearchParams(location.search).get('lang') === 'en';
  const texts = english
    ? { title: 'Import payments', console: 'Console', file: 'CSV file', send: 'Import',
        explain: 'A CSV file from the collection system with the header below. If one line has an error, nothing is applied and you see every wrong line with its number. A payment whose reference is known already counts once. A payment dated after today is not applied yet.',
        pageTitle: 'Import payments — WebcareHub', choose: 'Choose a CSV file first.', busy: 'Importing…',
        applied: n => `${n} payment(s) applied.`, duplicates: n => `${n} already known (same reference), not counted again.`,
        unknown: 'Not applied, invoice unknown:', overpaid: 'Applied, but more than the invoice owed (a call-back task arranges the refund):', refused: 'The file was refused whole; nothing was applied:',
        notYet: 'Not applied yet, dated after today (send these lines again from their day):',
        signIn: 'Sign in first.', forbidden: 'Only admins can import payments.', tooBig: 'The file is too large.',
        error: 'The import did not work; try again.' }
    : { choose: 'Kies eerst een CSV-bestand.', busy: 'Bezig met inlezen…',
        applied: n => `${n} betaling(en) verwerkt.`, duplicates: n => `${n} al bekend (zelfde referentie), niet nog eens geteld.`,
        unknown: 'Niet verwerkt, factuur onbekend:', overpaid: 'Verwerkt, maar meer dan er openstond (een terugbeltaak regelt de terugbetaling):', refused: 'Het bestand is in zijn geheel geweigerd; er is niets verwerkt:',
        notYet: 'Nog niet verwerkt, gedateerd na vandaag (stuur deze regels vanaf die dag opnieuw):',
        signIn: 'Log eerst in.', forbidden: 'Alleen beheerders kunnen betalingen inlezen.', tooBig: 'Het bestand is te groot.',
        error: 'Het inlezen lukte niet; probeer het opnieuw.' };
  // The server's messages (Invoices/PaymentsIn.cs) in Dutch; anything else is shown as the server wrote it.
  const dutch = [
    [/^line (\d+): the header must be "(.*)"$/, 'regel $1: de kopregel moet "$2" zijn'],
    [/^line (\d+): expected 4 fields, found (\d+)$/, 'regel $1: 4 velden verwacht, $2 gevonden'],
    [/^line (\d+): reference must be 1 to 100 characters$/, 'regel $1: de referentie moet 1 tot 100 tekens lang zijn'],
    [/^line (\d+): reference (.*) appears twice in this batch$/, 'regel $1: referentie $2 staat twee keer in dit bestand'],
    [/^line (\d+): invoice number must be 1 to 20 characters$/, 'regel $1: het factuurnummer moet 1 tot 20 tekens lang zijn'],
    [/^line (\d+): amount_cents must be a whole number of cents above 0 \("(.*)"\)$/, 'regel $1: amount_cents moet een heel aantal centen boven 0 zijn ("$2")'],
    [/^line (\d+): received_on must be a date as YYYY-MM-DD \("(.*)"\)$/, 'regel $1: received_on moet een datum als JJJJ-MM-DD zijn ("$2")'],
    [/^line (\d+): received_on must be a day in 2000 or later \("(.*)"\)$/, 'regel $1: received_on moet een dag in 2000 of later zijn ("$2")'],
    [/^line (\d+): received_on is more than (\d+) days after today, (\S+) \("(.*)"\)$/, 'regel $1: received_on ligt meer dan $2 dagen na vandaag, $3 ("$4")'],
    [/^line (\d+): dated (\S+), after today; not applied yet, send it again from that day$/, 'regel $1: gedateerd $2, na vandaag; nog niet verwerkt, stuur hem vanaf die dag opnieuw'],
    [/^line (\d+): invoice (.*) is unknown$/, 'regel $1: factuur $2 is onbekend'],
    [/^line (\d+): invoice (.*) received (\d+) cents more than it owed; a call-back task asks a colleague to arrange the refund$/, 'regel $1: factuur $2 kreeg $3 cent meer dan er openstond; een terugbeltaak vraagt een collega de terugbetaling te regelen'],
  ];
  const say = line => english ? line : dutch.reduce((text, [pattern, words]) => text.replace(pattern, words), line);
  if (english) {
    document.documentElement.lang = 'en';
    document.title = texts.pageTitle;
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = texts[el.dataset.i18n]; });
  }
  const result = document.getElementById('result');

  function show(heading, lines, refused) {
    result.replaceChildren();
    for (const text of heading) {
      const p = document.createElement('p');
      p.textContent = text;
      if (refused) p.className = 'refused';
      result.appendChild(p);
    }
    if (lines.length) {
      const list = document.createElement('ul');
      for (const line of lines) list.appendChild(document.createElement('li')).textContent = say(line);
      result.appendChild(list);
    }
  }

  document.getElementById('upload').addEventListener('submit', async event => {
    event.preventDefault();
    const file = document.getElementById('file').files[0];
    if (!file) { show([texts.choose], [], true); return; }
    show([texts.busy], [], false);
    const response = await fetch('/api/payments/import', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: file });
    if (response.ok) {
      const r = await response.json();
      show([texts.applied(r.added), texts.duplicates(r.duplicates)].concat(r.unknownInvoices.length ? [texts.unknown] : []), r.unknownInvoices, false);
      for (const [heading, lines] of [[texts.overpaid, r.overpaid], [texts.notYet, r.notYetReceived]]) {
        if (!lines.length) continue;
        const p = document.createElement('p');
        p.textContent = heading;
        const list = document.createElement('ul');
        for (const line of lines) list.appendChild(document.createElement('li')).textContent = say(line);
        result.append(p, list);
      }
    } else if (response.status === 400) {
      const problem = await response.json();
      show([texts.refused], (problem.errors && problem.errors.payments) || [], true);
    } else {
      show([response.status === 401 ? texts.signIn : response.status === 403 ? texts.forbidden : response.status === 413 ? texts.tooBig : texts.error], [], true);
    }
  });
})();
