// Enhancements for the main menu; without this script the menu works through
// <details> alone. Adds: one panel open at a time (for browsers without the
// `name` attribute), Escape closes and returns focus, a click outside or
// focus leaving a panel closes it.
(function () {
  'use strict';
  var nav = document.querySelector('.site-nav');
  if (!nav) return;
  var drawer = nav.querySelector('[data-nav-drawer]');
  var sections = Array.prototype.slice.call(nav.querySelectorAll('[data-nav-section]'));
  var wide = window.matchMedia('(min-width: 64em)');

  function closeSections(except) {
    sections.forEach(function (section) {
      if (section !== except) section.open = false;
    });
  }

  // Browsers that cannot style a closed <details>' content show the drawer's
  // toggle on wide screens too; open the drawer for them so the bar shows.
  var canStyleDetails = window.CSS && CSS.supports && CSS.supports('selector(::details-content)');
  function syncDrawer() {
    if (drawer && wide.matches && !canStyleDetails) drawer.open = true;
  }
  syncDrawer();
  if (wide.addEventListener) wide.addEventListener('change', syncDrawer);

  sections.forEach(function (section) {
    section.addEventListener('toggle', function () {
      if (section.open) closeSections(section);
    });
    section.addEventListener('focusout', function (event) {
      if (wide.matches && section.open && event.relatedTarget && !section.contains(event.relatedTarget)) section.open = false;
    });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') return;
    var open = sections.filter(function (section) { return section.open; })[0];
    if (open) {
      open.open = false;
      open.querySelector('summary').focus();
      return;
    }
    if (drawer && drawer.open && !wide.matches && drawer.contains(document.activeElement)) {
      drawer.open = false;
      drawer.querySelector('summary').focus();
    }
  });

  document.addEventListener('click', function (event) {
    if (!nav.contains(event.target)) closeSections(null);
  });
})();
