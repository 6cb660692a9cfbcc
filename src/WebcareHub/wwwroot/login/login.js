// Staff sign-in: posts to /api/auth/login (cookie); the console comes with the agent console issue.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const english = params.get('lang') === 'en';
  const texts = english
    ? { title: 'Staff sign-in', email: 'E-mail address', password: 'Password', submit: 'Sign in',
        wrong: 'E-mail address or password is not right.', locked: 'Too many attempts: this account is locked for a while.',
        missing: 'Fill in your e-mail address and password.', ok: name => `Signed in as ${name}.`, error: 'Signing in is not possible right now.' }
    : { wrong: 'E-mailadres of wachtwoord klopt niet.', locked: 'Te vaak geprobeerd: dit account is even geblokkeerd.',
        missing: 'Vul je e-mailadres en wachtwoord in.', ok: name => `Ingelogd als ${name}.`, error: 'Inloggen lukt nu niet.' };
  if (english) {
    document.documentElement.lang = 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = texts[el.dataset.i18n]; });
  }
  const message = document.getElementById('message');
  function show(text, ok) {
    message.textContent = text;
    message.classList.toggle('ok', ok);
    message.hidden = false;
  }
  document.getElementById('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    const email = document.getElementById('email').value.trim();
    const password = document.getElementById('password').value;
    if (!email || !password) return show(texts.missing, false);
    try {
      const response = await fetch('/api/auth/login', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password })
      });
      if (response.ok) {
        const profile = await response.json();
        const next = params.get('ReturnUrl');
        if (next && next.startsWith('/') && !next.startsWith('//')) location.href = next;
        else show(texts.ok(profile.displayName), true);
      } else {
        show(response.status === 423 ? texts.locked : response.status === 401 ? texts.wrong : texts.error, false);
      }
    } catch {
      show(texts.error, false);
    }
  });
})();
