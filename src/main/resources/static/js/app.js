// Every page's script. Progressive enhancement only: without it, every page works as sent.

// On a phone the filters fold behind a toggle, so that the list comes first; the toggle counts the filters set.
(function () {
  if (!window.matchMedia('(max-width: 720px)').matches) {
    return;
  }
  var label = document.body.getAttribute('data-filters-label') || 'Filters';
  document.querySelectorAll('form.filters').forEach(function (form) {
    var set = Array.prototype.filter.call(form.querySelectorAll('select, input:not([type=hidden])'), function (field) {
      return field.value !== '' && !field.required && field.name !== 'size';
    }).length;
    var details = document.createElement('details');
    details.className = 'filter-toggle';
    var summary = document.createElement('summary');
    summary.textContent = set > 0 ? label + ' (' + set + ')' : label;
    form.parentNode.insertBefore(details, form);
    details.appendChild(summary);
    details.appendChild(form);
  });
})();
