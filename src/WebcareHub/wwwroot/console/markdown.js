// The light markdown the bot writes for Web Chat (bold, italics, lists, links, line breaks), built as DOM nodes.
// Text only ever becomes text nodes: nothing is parsed as HTML, so "<img onerror=…>" stays visible text.
(function () {
  'use strict';
  const inlinePattern = /\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)\*|_(?!\s)(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)/g;

  function inline(text, parent) {
    let last = 0;
    for (const match of text.matchAll(inlinePattern)) {
      if (match.index > last) parent.append(document.createTextNode(text.slice(last, match.index)));
      if (match[1] !== undefined || match[2] !== undefined) {
        const strong = document.createElement('strong');
        inline(match[1] ?? match[2], strong);
        parent.append(strong);
      } else if (match[3] !== undefined || match[4] !== undefined) {
        const em = document.createElement('em');
        inline(match[3] ?? match[4], em);
        parent.append(em);
      } else {
        const href = match[6];
        if (/^(https?:|mailto:|tel:)/i.test(href)) {
          const a = document.createElement('a');
          a.href = href;
          a.rel = 'noopener noreferrer';
          a.target = '_blank';
          a.textContent = match[5];
          parent.append(a);
        } else {
          parent.append(document.createTextNode(match[0]));
        }
      }
      last = match.index + match[0].length;
    }
    if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
  }

  // Paragraphs (blank lines), bullet and numbered lists, and single line breaks.
  function render(text) {
    const fragment = document.createDocumentFragment();
    let list = null;
    let paragraph = null;
    for (const raw of String(text || '').split(/\r?\n/)) {
      const line = raw.trimEnd();
      const item = /^\s*(?:[-*•]|(\d+)[.)])\s+(.*)$/.exec(line);
      if (item) {
        const kind = item[1] ? 'OL' : 'UL';
        if (!list || list.tagName !== kind) { list = document.createElement(kind.toLowerCase()); fragment.append(list); }
        const li = document.createElement('li');
        inline(item[2], li);
        list.append(li);
        paragraph = null;
      } else if (line.trim() === '') {
        list = null;
        paragraph = null;
      } else {
        list = null;
        if (paragraph) paragraph.append(document.createElement('br'));
        else { paragraph = document.createElement('p'); fragment.append(paragraph); }
        inline(line, paragraph);
      }
    }
    return fragment;
  }

  window.SafeMarkdown = { render };
})();
