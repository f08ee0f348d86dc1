// Loaded before the Bootstrap Italia bundle: where it finds its fonts. Kept out of the page so that
// the Content-Security-Policy can forbid inline scripts.
window.__PUBLIC_PATH__ = '/webjars/bootstrap-italia/dist/fonts';

// A print button where scripts run (the eligibility check's result); without them the page says to
// use the browser's own print command, and the button stays hidden.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-zona-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
});
