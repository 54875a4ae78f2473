// Marks the current screen in the navigation and sends the CSRF token with htmx requests.
(function () {
  var path = window.location.pathname;
  document.querySelectorAll('[data-nav]').forEach(function (link) {
    var target = link.getAttribute('data-nav');
    if (target === path || (target !== '/' && path.indexOf(target + '/') === 0)) {
      link.classList.add('active');
      link.setAttribute('aria-current', 'page');
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
