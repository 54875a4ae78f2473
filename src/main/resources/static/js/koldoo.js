// Marks the current screen in the navigation and sends the CSRF token with htmx requests.
(function () {
  var path = window.location.pathname;
  document.querySelectorAll('[data-nav]').forEach(function (link) {
    var target = link.getAttribute('data-nav');
    if (target === path || (target !== '/' && path.indexOf(target + '/') === 0)) {
      link.classList.add('active');
      link.setAttribute('aria-current', 'page');
      // the area the screen is in shows as current too
      var area = link.closest('.dropdown');
      if (area) {
        area.querySelector('.dropdown-toggle').classList.add('active');
      }
    }
  });
  // no inline handlers (the Content-Security-Policy allows only scripts from Koldoo itself)
  document.querySelectorAll('[data-print]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      window.print();
    });
  });
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers[header.content] = token.content;
    });
  }
})();

// Country lists: a search box that narrows the list as one types (by name or code), and, where
// several may be chosen, a click that chooses or takes back one country without Ctrl, with the
// chosen ones named under the list.
(function () {
  document.querySelectorAll('select[data-country-picker]').forEach(function (select) {
    var search = select.previousElementSibling;
    if (search && search.hasAttribute('data-country-search')) {
      search.addEventListener('input', function () {
        var text = search.value.trim().toLocaleLowerCase();
        Array.prototype.forEach.call(select.options, function (option) {
          var match = !text || !option.value
            || option.text.toLocaleLowerCase().indexOf(text) >= 0
            || option.value.toLocaleLowerCase() === text;
          option.hidden = !match;
        });
      });
    }
    if (!select.multiple) {
      return;
    }
    var chosen = select.parentElement.querySelector('[data-country-chosen]');
    var hint = chosen ? chosen.textContent : '';
    var label = document.documentElement.getAttribute('data-chosen-label') || '';
    function show() {
      if (!chosen) {
        return;
      }
      var names = Array.prototype.filter.call(select.options, function (o) { return o.selected; })
        .map(function (o) { return o.text; });
      chosen.textContent = names.length ? label + ' ' + names.join(', ') : hint;
    }
    select.addEventListener('mousedown', function (event) {
      var option = event.target;
      if (option.tagName !== 'OPTION') {
        return;
      }
      event.preventDefault();
      var top = select.scrollTop;
      option.selected = !option.selected;
      select.scrollTop = top;
      select.focus();
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    select.addEventListener('change', show);
    show();
  });
})();

// After a session ended and the person logged in again: what they had typed goes back into the
// form it was typed into (the server keeps it until this page; nothing is saved until they submit).
(function () {
  var kept = document.getElementById('resumed-form');
  if (!kept) {
    return;
  }
  var action = kept.getAttribute('data-action');
  var forms = Array.prototype.filter.call(document.forms, function (form) {
    return new URL(form.action, window.location.href).pathname === action;
  });
  var form = forms[0];
  if (!form) {
    return;
  }
  var values = {};
  kept.querySelectorAll('input[data-name]').forEach(function (input) {
    var name = input.getAttribute('data-name');
    (values[name] = values[name] || []).push(input.value);
  });
  Array.prototype.forEach.call(form.elements, function (field) {
    if (!field.name || !Object.prototype.hasOwnProperty.call(values, field.name)
        || field.name === '_csrf' || field.type === 'file') {
      return;
    }
    var sent = values[field.name];
    if (field.type === 'checkbox' || field.type === 'radio') {
      field.checked = sent.indexOf(field.value) >= 0;
    } else if (field.tagName === 'SELECT') {
      Array.prototype.forEach.call(field.options, function (option) {
        option.selected = sent.indexOf(option.value) >= 0;
      });
      field.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      field.value = sent[0];
    }
  });
  // checkboxes of a field not sent at all were all unticked
  Array.prototype.forEach.call(form.elements, function (field) {
    if (field.type === 'checkbox' && field.name && !values[field.name]
        && !field.name.startsWith('_')) {
      field.checked = false;
    }
  });
})();

// A criminal case's event form shows only the fields of the event chosen (all of them without
// JavaScript); a field of another event is disabled, so nothing typed there is sent.
(function () {
  var form = document.getElementById('event-form');
  var type = form && form.querySelector('select[name="type"]');
  if (!type) {
    return;
  }
  function show() {
    form.querySelectorAll('[data-event-types]').forEach(function (group) {
      var fits = group.getAttribute('data-event-types').split(' ').indexOf(type.value) >= 0;
      group.hidden = !fits;
      group.querySelectorAll('input, select, textarea').forEach(function (field) {
        field.disabled = !fits;
      });
    });
  }
  type.addEventListener('change', show);
  show();
})();

// A part of a page fetched in the background (htmx) that did not come: the person is told why,
// in their language, where the part would have been, instead of a click that does nothing or a
// "Loading…" that never ends. A lost connection says so; a refusal or an error says what the
// server said. A part loaded with the page gets a button to fetch it again; a form stays as it
// was, to be sent again. The notice goes as soon as the next try begins.
(function () {
  var root = document.documentElement;
  document.body.addEventListener('htmx:configRequest', function (event) {
    // an error is then answered as a page in the person's language, not as JSON
    event.detail.headers['Accept'] = 'text/html';
  });
  document.body.addEventListener('htmx:beforeRequest', function (event) {
    var target = event.detail.target;
    var shown = target && target.querySelector(':scope > [data-htmx-failed]');
    if (shown) {
      shown.remove();
    }
  });
  function said(xhr) {
    var type = xhr.getResponseHeader('Content-Type') || '';
    try {
      if (type.indexOf('json') >= 0) {
        var problem = JSON.parse(xhr.responseText);
        return problem.detail || problem.title || '';
      }
      var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var message = page.getElementById('error-message');
      return message ? message.textContent.trim() : '';
    } catch (unreadable) {
      return '';
    }
  }
  function tell(event, text) {
    var target = event.detail.target;
    var source = event.detail.elt;
    if (!target) {
      return;
    }
    var notice = document.createElement('div');
    notice.className = 'alert alert-warning small mb-2';
    notice.setAttribute('role', 'alert');
    notice.setAttribute('data-htmx-failed', '');
    notice.appendChild(document.createTextNode(text));
    var config = event.detail.requestConfig;
    var path = config && config.verb === 'get' ? config.path : null;
    // only a part that was fetched (never anything sent) is fetched again by the button
    if (source && source.tagName !== 'FORM' && path) {
      var again = document.createElement('button');
      again.type = 'button';
      again.className = 'btn btn-sm btn-outline-secondary ms-2';
      again.textContent = root.getAttribute('data-try-again') || 'Try again';
      again.addEventListener('click', function () {
        htmx.ajax('GET', path, { source: source, target: target, swap: 'innerHTML' });
      });
      notice.appendChild(again);
    }
    var earlier = target.querySelector(':scope > [data-htmx-failed]');
    if (earlier) {
      earlier.remove();
    }
    target.insertBefore(notice, target.firstChild);
  }
  document.body.addEventListener('htmx:sendError', function (event) {
    tell(event, root.getAttribute('data-unreachable') || '');
  });
  document.body.addEventListener('htmx:responseError', function (event) {
    var text = said(event.detail.xhr);
    tell(event, text || event.detail.xhr.status + ' ' + event.detail.xhr.statusText);
  });
})();
