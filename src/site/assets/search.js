// Results while typing on /search. Without this script the page works as a
// plain form: submitting it loads the full results with facets and pages.
// With it, the list under the form follows the words as they are typed
// (from /api/v1/search, the same search), the address follows along, and
// the facets and pages step aside until the form is submitted.
(function () {
  'use strict';
  var form = document.querySelector('[data-search-form]');
  var input = form && form.querySelector('[data-search-input]');
  if (!form || !input || !window.fetch || !window.URLSearchParams) return;

  var DELAY_MS = 200;
  var timer = null;
  var controller = null;
  var lastQuery = null;

  var dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  var monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

  function formatDate(date) {
    var parts = date.split('-').map(Number);
    if (parts.length < 2) return date;
    var when = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] || 1));
    return (parts.length === 3 ? dateFormat : monthFormat).format(when);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // titleHtml and snippetHtml come from the server escaped, with <mark> as
  // their only markup; everything else is set as text.
  function renderItem(item) {
    var li = element('li', item.isExact ? 'publication-item search-result is-exact' : 'publication-item search-result');
    if (item.series) {
      var kicker = element('p', 'item-kicker');
      var seriesLink = element('a', null, item.series.name);
      seriesLink.href = '/publications/' + item.series.slug;
      kicker.appendChild(seriesLink);
      li.appendChild(kicker);
    }
    var heading = element('h2', 'item-title');
    var link = element('a');
    link.href = item.url ? new URL(item.url).pathname : '#';
    if (item.code) link.appendChild(element('span', 'search-code', item.code + ' | '));
    var title = element('span');
    title.innerHTML = item.titleHtml;
    link.appendChild(title);
    heading.appendChild(link);
    li.appendChild(heading);
    var names = item.authors.map(function (a) { return a.name; });
    var byline = names.length > 1 ? names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1] : names.join('');
    li.appendChild(element('p', 'item-meta', (byline ? byline + ' · ' : '') + formatDate(item.date)));
    if (item.snippetHtml) {
      var snippet = element('p', 'item-synopsis search-snippet');
      snippet.innerHTML = item.snippetHtml;
      li.appendChild(snippet);
    }
    return li;
  }

  function show(body, query) {
    var current = document.querySelector('[data-search-results]');
    var list;
    if (body.items.length) {
      list = element('ol', 'publication-list search-results');
      body.items.forEach(function (item) { list.appendChild(renderItem(item)); });
    } else {
      list = element('p', 'empty-note', 'Nothing matches. Try fewer or other words.');
    }
    list.setAttribute('data-search-results', '');
    if (current) current.parentNode.replaceChild(list, current);
    else form.closest('header').insertAdjacentElement('afterend', list);

    var count = document.querySelector('[data-search-count]');
    if (count) {
      // As the page itself words it: a query with its own quotation marks is not quoted again.
      var quoted = /["“”]/.test(query) ? query : '“' + query + '”';
      count.textContent = (body.total === 0
        ? 'No publications found'
        : body.total.toLocaleString('en-GB') + (body.total === 1 ? ' publication' : ' publications')) + (query ? ' for ' + quoted : '');
    }
    // Facets and pages belong to the submitted search; they return with the next one.
    Array.prototype.forEach.call(document.querySelectorAll('.search-facets, .search-layout .pagination, .search-sort'), function (node) {
      node.hidden = true;
    });
  }

  function run() {
    var params = new URLSearchParams(new FormData(form));
    var query = (params.get('q') || '').trim();
    if (query === lastQuery) return;
    lastQuery = query;
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    var results = document.querySelector('[data-search-results]');
    if (results) results.setAttribute('aria-busy', 'true');
    fetch('/api/v1/search?' + params.toString(), { headers: { Accept: 'application/json' }, signal: controller ? controller.signal : undefined })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body) return;
        show(body, query);
        if (window.history && history.replaceState) history.replaceState(null, '', '/search?' + params.toString());
      })
      .catch(function () { /* aborted or offline: the form still submits */ })
      .then(function () {
        var node = document.querySelector('[data-search-results]');
        if (node) node.removeAttribute('aria-busy');
      });
  }

  input.addEventListener('input', function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, DELAY_MS);
  });
})();
