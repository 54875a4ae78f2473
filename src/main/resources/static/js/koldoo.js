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
