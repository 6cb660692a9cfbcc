// The website's chat widget: the official Web Chat bundle talking Direct Line 3.0 to WebcareHub.
// The page never holds a secret: it asks /api/chat/token for a token bound to one new conversation and keeps
// { token, conversationId, userId } in sessionStorage, so a reload resumes the same conversation.
(function () {
  'use strict';

  const STORAGE_KEY = 'webcarehub.chat';
  const REFRESH_WHEN_LEFT_MS = 5 * 60 * 1000;
  const params = new URLSearchParams(location.search);
  const language = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'nl' ? 'nl' : (sessionStorage.getItem('webcarehub.lang') || 'nl');
  const locale = language === 'en' ? 'en-US' : 'nl-NL';
  sessionStorage.setItem('webcarehub.lang', language);

  const pageTexts = {
    en: {
      title: 'Received an invoice from us?',
      lead: 'We are happy to help you sort it out. View your invoice, tell us when you will pay or ask for a payment plan. Our chat is open day and night.',
      fact1: 'First we check who you are. Only then do you see details of your invoice.',
      fact2: 'Something not right? Tell us, and we will look into it together.',
      fact3: 'Worried about money? Call Geldfit for free: 0800-8115 (geldfit.nl).',
      register: 'Incasso & Co is a registered collection agency (Wet kwaliteit incassodienstverlening). We act on behalf of your creditor.',
      chatTitle: 'Chat with Webcare',
      helping: name => `${name} is helping you`,
      typeHere: 'Type your message',
      said: (who, text) => `${who} said: ${text}`,
      choices: 'Choices',
      chatError: 'The chat cannot be reached right now. Please try again in a moment.'
    },
    nl: {
      chatTitle: 'Chat met Webcare',
      helping: name => `${name} helpt je`,
      typeHere: 'Typ je bericht',
      said: (who, text) => `${who} zei: ${text}`,
      choices: 'Keuzes',
      chatError: 'De chat is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.'
    }
  };

  function translatePage() {
    document.documentElement.lang = language;
    document.querySelectorAll('.lang a').forEach(a => a.setAttribute('aria-current', String(a.dataset.lang === language)));
    const texts = pageTexts[language];
    document.querySelectorAll('[data-i18n]').forEach(el => {
      const text = texts[el.dataset.i18n];
      if (language === 'en' && text) el.textContent = text;
    });
  }

  function load() {
    try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null'); } catch { return null; }
  }

  function save(session) {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    return session;
  }

  async function newSession() {
    const response = await fetch('/api/chat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale })
    });
    if (!response.ok) throw new Error('token request failed with ' + response.status);
    const body = await response.json();
    return save({
      token: body.token,
      conversationId: body.conversationId,
      userId: body.userId,
      locale,
      expiresAt: Date.now() + body.expires_in * 1000,
      started: false
    });
  }

  async function refresh(session) {
    const response = await fetch('/v3/directline/tokens/refresh', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + session.token }
    });
    if (!response.ok) return null;
    const body = await response.json();
    return save({ ...session, token: body.token, expiresAt: Date.now() + body.expires_in * 1000 });
  }

  // A stored session of the same language is resumed; one close to expiry is refreshed first, an expired or
  // rejected one is replaced by a new conversation.
  async function currentSession() {
    const stored = load();
    if (stored && stored.locale === locale && stored.expiresAt > Date.now() + 10000) {
      if (stored.expiresAt - Date.now() > REFRESH_WHEN_LEFT_MS) return stored;
      const refreshed = await refresh(stored);
      if (refreshed) return refreshed;
    }
    return newSession();
  }

  async function uploadsEnabled() {
    try {
      const response = await fetch('/api/chat/settings');
      return response.ok && (await response.json()).uploadsEnabled === true;
    } catch {
      return false;
    }
  }

  function showNotice(text) {
    const el = document.getElementById('chat-notice');
    el.textContent = text;
    el.hidden = false;
  }

  function showError(show) {
    const el = document.getElementById('chat-error');
    el.textContent = (pageTexts[language].chatError);
    el.hidden = !show;
  }

  let keepTokenTimer;

  // The chat's title says who helps: the bot, or the colleague who took over ("Anna helpt je").
  function showHelper(name) {
    const title = document.querySelector('[data-i18n="chatTitle"]');
    title.textContent = name ? pageTexts[language].helping(name) : pageTexts[language].chatTitle;
  }

  // Web Chat's bundle brings its own React without exposing it; its elements are plain objects.
  const REACT_ELEMENT = Symbol.for('react.element');
  function h(type, props, ...children) {
    const { key = null, ...rest } = props || {};
    return { $$typeof: REACT_ELEMENT, type, key, ref: null, props: { ...rest, children: children.length === 1 ? children[0] : children }, _owner: null };
  }
  const fromAgent = activity => activity && activity.from && typeof activity.from.id === 'string' && activity.from.id.startsWith('agent:') && activity.from.name;
  const initials = name => name.split(/\s+/).filter(Boolean).slice(0, 2).map(p => p[0].toUpperCase()).join('');

  // An agent's message shows their initials instead of the bot's, and their name above the time.
  const avatarMiddleware = () => next => args => {
    const name = !args.fromUser && fromAgent(args.activity);
    if (!name) return next(args);
    return () => h('div', { className: 'agent-avatar', 'aria-hidden': 'true' }, initials(name));
  };
  // Web Chat groups bubbles by side (bot or user); split the bot's side by who wrote, so an agent's first
  // message gets their own avatar instead of continuing the bot's group.
  const groupActivitiesMiddleware = () => next => args => {
    const groups = next(args);
    if (!groups || !groups.sender) return groups;
    const byWriter = groups.sender.flatMap(group => group.reduce((parts, activity) => {
      const last = parts[parts.length - 1];
      if (last && last[0].from && activity.from && last[0].from.id === activity.from.id) last.push(activity);
      else parts.push([activity]);
      return parts;
    }, []));
    return { ...groups, sender: byWriter };
  };
  const activityStatusMiddleware = () => next => (...args) => {
    const name = fromAgent(args[0] && args[0].activity);
    const status = next(...args);
    if (!name) return status;
    return h('span', { className: 'agent-status' }, h('span', { className: 'agent-name', key: 'name' }, name), status || null);
  };

  // Screen readers name who wrote each message ("Anna Jansen zei: …", "Webcare zei: …") instead of Web Chat's
  // one "Bot W zei:" for the whole bot side: the spoken name comes from the activity, the global greeting is silenced.
  const plainText = text => (text || '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\*\*|__|`/g, '').replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '').trim();
  function named(activity) {
    if (!activity || activity.type !== 'message' || !activity.from || activity.from.role === 'user' || activity.attachments?.length) return activity;
    const who = fromAgent(activity) || activity.from.name || 'Webcare';
    const choices = (activity.suggestedActions?.actions || []).map(a => a.title).filter(Boolean);
    const text = plainText(activity.text) + (choices.length ? ` ${pageTexts[language].choices}: ${choices.join(', ')}` : '');
    return { ...activity, channelData: { ...activity.channelData, 'webchat:fallback-text': pageTexts[language].said(who, text) } };
  }

  // The same name where a screen reader reads the message itself (Web Chat labels it by its text).
  const attachmentMiddleware = () => next => args => {
    const rendered = next(args);
    const { activity, attachment } = args || {};
    if (!activity || !attachment || !activity.from || activity.from.role === 'user' || typeof attachment.content !== 'string' || attachment.content !== activity.text) return rendered;
    const who = fromAgent(activity) || activity.from.name || 'Webcare';
    return h('div', null, h('span', { className: 'visually-hidden', key: 'who' }, pageTexts[language].said(who, '')), h('div', { key: 'text' }, rendered));
  };

  async function start() {
    let session;
    try {
      session = await currentSession();
    } catch (e) {
      showError(true);
      setTimeout(start, 15000);
      return;
    }
    showError(false);

    // Opened from a public reply's one-time link: tie this chat to that mention (once), then drop the link from the address.
    const webcareLink = new URLSearchParams(location.search).get('webcare');
    if (webcareLink) {
      fetch('/api/webcare/chat-links/redeem', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + session.token },
        body: JSON.stringify({ link: webcareLink })
      }).catch(() => {});
      const address = new URL(location.href);
      address.searchParams.delete('webcare');
      history.replaceState(null, '', address);
    }

    const directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/v3/directline',
      token: session.token,
      conversationId: session.started ? session.conversationId : undefined,
      conversationStartProperties: { locale },
      webSocket: true
    });
    save({ ...session, started: true });

    // Direct Line refreshes its token by itself every 15 minutes; keep the stored copy in step for reloads.
    clearInterval(keepTokenTimer);
    keepTokenTimer = setInterval(() => {
      const current = load();
      if (current && directLine.token && directLine.token !== current.token) {
        save({ ...current, token: directLine.token, expiresAt: Date.now() + 30 * 60 * 1000 });
      }
    }, 30000);

    const subscription = directLine.connectionStatus$.subscribe(status => {
      // 3 = ExpiredToken, 5 = Ended: the stored conversation cannot continue, so begin a new one.
      if (status === 3 || status === 5) {
        subscription.unsubscribe();
        directLine.end();
        sessionStorage.removeItem(STORAGE_KEY);
        start();
      }
    });

    const hideUpload = !(await uploadsEnabled());
    // Web Chat does not render events; a person taking over (or handing back) is shown above the chat.
    const store = window.WebChat.createStore({}, () => next => action => {
      const activity = action.payload && action.payload.activity;
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && activity && activity.type === 'event'
          && activity.name === 'handoff.status' && activity.value && activity.value.message) {
        showNotice(activity.value.message);
        showHelper(activity.value.state === 'accepted' ? activity.value.agent : null);
      }
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && activity) return next({ ...action, payload: { ...action.payload, activity: named(activity) } });
      return next(action);
    });
    window.WebChat.renderWebChat({
      directLine,
      store,
      sendTypingIndicator: true,
      userID: session.userId,
      locale,
      avatarMiddleware,
      attachmentMiddleware,
      groupActivitiesMiddleware,
      activityStatusMiddleware,
      // A zero-width space: an empty string would fall back to Web Chat's "Bot $1 said:".
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: pageTexts[language].typeHere, ACTIVITY_BOT_SAID_ALT: '\u200B' },
      styleOptions: {
        accent: '#0f5c7a',
        bubbleBorderRadius: 12,
        bubbleFromUserBackground: '#0f5c7a',
        bubbleFromUserTextColor: '#ffffff',
        bubbleFromUserBorderRadius: 12,
        bubbleBackground: '#e6f1f5',
        botAvatarInitials: 'W',
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16,
        hideUploadButton: hideUpload,
        sendBoxButtonColor: '#0f5c7a',
        rootHeight: '100%'
      }
    }, document.getElementById('webchat'));
  }

  translatePage();
  start();
})();
