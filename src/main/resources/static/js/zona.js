// Loaded before the Bootstrap Italia bundle: where it finds its fonts. Kept out of the page so that
// the Content-Security-Policy can forbid inline scripts.
window.__PUBLIC_PATH__ = '/webjars/bootstrap-italia/dist/fonts';
