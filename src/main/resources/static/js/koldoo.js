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
