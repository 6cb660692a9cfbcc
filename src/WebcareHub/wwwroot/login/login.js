// Staff sign-in: posts to /api/auth/login (cookie), then opens the page asked for or the staff member's start page.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const english = params.get('lang') === 'en';
  const texts = english
    ? { title: 'Staff sign-in', email: 'E-mail address', password: 'Password', submit: 'Sign in',
        wrong: 'E-mail address or password is not right, or the account is locked for a while after too many attempts.',
        missing: 'Fill in your e-mail address and password.', ok: name => `Signed in as ${name}.`, error: 'Signing in is not possible right now.' }
    : { wrong: 'E-mailadres of wachtwoord klopt niet, of het account is even geblokkeerd na te veel pogingen.',
        missing: 'Vul je e-mailadres en wachtwoord in.', ok: name => `Ingelogd als ${name}.`, error: 'Inloggen lukt nu niet.' };
  if (english) {
    document.documentElement.lang = 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = texts[el.dataset.i18n]; });
  }
  // Agents, supervisors and admins work in the console; webcare staff in the webcare queue.
  const startPage = roles => {
    const page = roles.some(r => r === 'Agent' || r === 'Supervisor' || r === 'Admin') ? '/console/'
      : roles.includes('Webcare') ? '/webcare/' : null;
    return page && english ? page + '?lang=en' : page;
  };
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
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password, returnUrl: params.get('ReturnUrl') })
      });
      if (response.ok) {
        // The server answers `next` only for a path on this site (Staff/ReturnUrls.cs).
        const signedIn = await response.json();
        const next = signedIn.next || startPage(signedIn.roles || []);
        if (next) location.href = next;
        else show(texts.ok(signedIn.displayName), true);
      } else {
        show(response.status === 401 ? texts.wrong : texts.error, false);
      }
    } catch {
      show(texts.error, false);
    }
  });
})();
