// The NPS survey page of the one-time e-mail link (issue 10): the token is in the URL's fragment, which the browser
// never sends to a server, and goes to the API in a POST body. Dutch by default, English with ?lang=en.
(function () {
  'use strict';
  const english = new URLSearchParams(location.search).get('lang') === 'en';
  const texts = english
    ? { title: 'How was your chat with us?', loading: 'Checking whether this link still works…',
        question: 'How likely are you to recommend us to friends or family?', scale: '0 = not at all, 10 = definitely',
        why: 'Why did you choose this score? (you may skip this)', send: 'Send', pageTitle: 'How was your chat? — Incasso & Co',
        open: 'One question, and a short explanation if you like.', pick: 'Please choose a score from 0 to 10.',
        thanks: 'Thank you for your answer! You can close this page.',
        used: 'You have already answered this question. Thank you! We only ask once.',
        expired: 'This link has expired. There is nothing you need to do: we will not ask again about this chat.',
        unknown: 'We do not recognise this link. Please use the link from our e-mail exactly as it is.',
        error: 'That did not work; please try again in a moment.', score: 'score' }
    : { open: 'Eén vraag, en als je wilt een korte toelichting.', pick: 'Kies een cijfer van 0 tot 10.',
        thanks: 'Dank je wel voor je antwoord! Je kunt deze pagina sluiten.',
        used: 'Je hebt deze vraag al beantwoord. Dank je wel! We vragen het maar één keer.',
        expired: 'Deze link is verlopen. Je hoeft niets te doen: over deze chat vragen we het je niet nog eens.',
        unknown: 'We herkennen deze link niet. Gebruik de link uit onze e-mail precies zoals hij is.',
        error: 'Dat lukte niet; probeer het zo nog eens.', score: 'cijfer' };
  if (english) {
    document.documentElement.lang = 'en';
    document.title = texts.pageTitle;
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = texts[el.dataset.i18n]; });
  }
  const token = decodeURIComponent(location.hash.replace(/^#/, ''));
  // The language links keep the token, which is only in this page's fragment.
  document.getElementById('to-nl').href = '/nps/?lang=nl' + location.hash;
  document.getElementById('to-en').href = '/nps/?lang=en' + location.hash;
  const state = document.getElementById('state');
  const form = document.getElementById('survey');
  const error = document.getElementById('error');
  const scores = document.getElementById('scores');
  for (let i = 0; i <= 10; i++) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'score';
    input.value = String(i);
    input.setAttribute('aria-describedby', 'scale-hint');
    const span = document.createElement('span');
    span.textContent = String(i);
    label.append(input, span);
    scores.appendChild(label);
  }

  function refused(status) {
    return status === 409 ? texts.used : status === 410 ? texts.expired : status === 404 || status === 400 ? texts.unknown : texts.error;
  }

  async function post(url, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  async function open() {
    if (!token) { state.textContent = texts.unknown; return; }
    const response = await post('/api/nps/survey', { token });
    if (!response.ok) { state.textContent = refused(response.status); return; }
    state.textContent = texts.open;
    form.hidden = false;
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const chosen = form.querySelector('input[name="score"]:checked');
    if (!chosen) {
      error.textContent = texts.pick;
      error.hidden = false;
      form.querySelector('input[name="score"]').focus();
      return;
    }
    error.hidden = true;
    const why = document.getElementById('why').value.trim();
    const response = await post('/api/nps/answers', { token, score: Number(chosen.value), why: why || null });
    if (response.status === 204) {
      form.hidden = true;
      state.textContent = texts.thanks;
      state.focus();
    } else if (response.status >= 500) {
      error.textContent = texts.error;
      error.hidden = false;
    } else {
      form.hidden = true;
      state.textContent = refused(response.status);
    }
  });
  state.tabIndex = -1;
  open();
})();
