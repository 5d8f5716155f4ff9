/// The portal's style sheet and its one script, served from the binary (no CDN, no build step).
enum Assets {
    /// Plain, high-contrast, readable on a projector; states carry words, colour only adds to them.
    static let css = """
        body { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.45; margin: 0; color: #111; background: #fff; }
        header { background: #1b3a5c; color: #fff; padding: 0.5rem 1.5rem; display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; }
        header a { color: #fff; }
        header nav ul { list-style: none; display: flex; gap: 1.25rem; margin: 0; padding: 0; }
        header a[aria-current="page"] { font-weight: bold; text-decoration-thickness: 3px; }
        .brand { margin: 0; font-weight: bold; }
        .signout { margin-left: auto; }
        main { padding: 1rem 1.5rem 2rem; max-width: 1400px; }
        footer { padding: 0.5rem 1.5rem; color: #444; font-size: 0.9rem; border-top: 1px solid #ccc; }
        .skip { position: absolute; left: -10000px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; color: #000; padding: 0.5rem; z-index: 10; }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid #f0a500; outline-offset: 2px; }
        table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid #999; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { background: #e8eef5; }
        .notice { border: 2px solid; border-left-width: 10px; padding: 0.25rem 1rem; margin: 1rem 0; }
        .notice.error { border-color: #b00020; background: #fdecee; }
        .notice.warning { border-color: #8a5a00; background: #fff4dc; }
        .notice.ok { border-color: #1e6b2f; background: #e9f6ec; }
        .notice.info { border-color: #1b3a5c; background: #eef3f9; }
        .ok { color: #1e6b2f; }
        .crumbs { list-style: none; display: flex; gap: 0.5rem; padding: 0; margin: 0.25rem 0; }
        .crumbs li + li::before { content: "> "; }
        .tabs { list-style: none; display: flex; gap: 1rem; padding: 0; }
        .tabs a[aria-current="page"] { font-weight: bold; }
        .facts { display: grid; grid-template-columns: max-content auto; gap: 0.25rem 1rem; }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        .toolbar { display: flex; gap: 1rem; align-items: center; }
        .live:empty { display: none; }
        .live { background: #fff4dc; border: 2px solid #8a5a00; padding: 0.25rem 1rem; }
        fieldset { border: 1px solid #bbb; margin: 0 0 0.5rem; }
        button { font-size: 1rem; padding: 0.3rem 0.9rem; }
        code { font-size: 0.95em; }
        """

    /// Live refresh: asks for the tenant's change stamp twice a second and reloads the page when
    /// it changed (a shell or a Graph client changed the tenant). While a form field has the
    /// focus it only says so, so nothing being typed is lost.
    static let js = """
        (function () {
          var meta = document.querySelector('meta[name="licenselab-stamp"]');
          if (!meta || !window.fetch) { return; }
          var stamp = meta.getAttribute('content');
          function typing() {
            var a = document.activeElement;
            return a && (a.tagName === 'INPUT' || a.tagName === 'SELECT' || a.tagName === 'TEXTAREA') && a.type !== 'submit' && a.type !== 'hidden';
          }
          function poll() {
            fetch('/portal/changes', { credentials: 'same-origin', cache: 'no-store' })
              .then(function (r) { return r.ok ? r.text() : null; })
              .then(function (now) {
                if (now && now !== stamp) {
                  if (typing()) {
                    stamp = now;
                    var live = document.getElementById('live');
                    if (live) { live.textContent = 'The tenant has changed. Reload the page to see the changes.'; }
                  } else {
                    window.location.reload();
                    return;
                  }
                }
                setTimeout(poll, 500);
              })
              .catch(function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 500);
        })();
        """
}
