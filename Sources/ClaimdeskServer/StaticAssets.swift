/// The stylesheet and the one script, served from `/static/`: the Content-Security-Policy
/// allows scripts and styles from this origin only, never inline.
enum StaticAssets {
  static let files: [String: (type: String, body: String)] = [
    "site.css": ("text/css; charset=utf-8", css),
    "app.js": ("text/javascript; charset=utf-8", script),
    "changes.js": ("text/javascript; charset=utf-8", ChangesScript.body),
  ]

  static let css = """
    body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
    main{padding:1rem 1.5rem;max-width:72rem}
    .top{display:flex;justify-content:space-between;align-items:center;padding:.5rem 1.5rem;background:#20344f;color:#fff;flex-wrap:wrap}
    .top a{color:#fff;margin-right:1rem}
    .who{margin:0}
    .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    a{color:#0b4fa8}
    table.queue{border-collapse:collapse;width:100%}
    .queue th,.queue td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
    .queue tr.current{outline:3px solid #0b4fa8}
    .filters{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin-bottom:1rem}
    .stack{display:flex;flex-direction:column;gap:.35rem;max-width:44rem}
    .inline,.inline-form{display:inline}
    .seen-form{margin:.35rem 0}
    .status{padding:0 .4rem;border-radius:.3rem;background:#e4e4e4;font-size:.9em}
    .status-verified{background:#cdebd3}.status-false{background:#f6cccc}.status-misleading{background:#f7e0bd}
    .kind{font-size:.8em;color:#444;border:1px solid #bbb;border-radius:.3rem;padding:0 .3rem}
    mark{background:#fff0a0}
    .context{border-left:4px solid #20344f;margin:1rem 0;padding:.5rem 1rem;background:#f6f8fb}
    .alert{border:2px solid #b00020;padding:.5rem 1rem;background:#fff3f3}
    .done{border:2px solid #1a7f37;padding:.5rem 1rem;background:#f0fff4}
    .meta,.hint{color:#555;font-size:.9em}
    .doctext{white-space:pre-wrap;max-width:48rem}
    .facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
    .facts dt{font-weight:600}.facts dd{margin:0}
    .passage{margin:.3rem 0 .6rem 1rem;font-size:.95em}
    .captured{margin:.5rem 0}.captured summary{cursor:pointer}
    .pagetext{max-height:32rem;overflow:auto;border:1px solid #ddd;padding:0 1rem;background:#fcfcfc}
    mark.bears{background:#ffe27a}
    .changes:empty{margin:0}
    @media (max-width:600px){main{padding:.5rem}.queue th:nth-child(4),.queue td:nth-child(4),.queue th:nth-child(5),.queue td:nth-child(5){display:none}}
    """

  // Keyboard navigation in the queue: j/k move between claims, Enter opens (the link has focus),
  // "/" goes to the search box. Without it the page works the same with Tab.
  // On a claim page, "Fetch sources" posts with mode=async and shows the run's progress from
  // /fetches/ID, then opens the page with the results; without script the form posts and waits.
  static let script = """
    (function () {
      var form = document.querySelector('form.fetch-sources');
      var status = document.getElementById('fetch-progress');
      if (!form || !status || !window.fetch || !window.URLSearchParams) return;
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var button = form.querySelector('button');
        button.disabled = true;
        status.textContent = 'Starting the fetch…';
        var body = new URLSearchParams(new FormData(form));
        body.append('mode', 'async');
        fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
          .then(function (r) { if (!r.ok && r.status !== 202) throw new Error(String(r.status)); return r.json(); })
          .then(function (run) {
            if (!run.job) { window.location = '/claims/' + encodeURIComponent(run.claim) + '?done=nothing-to-fetch'; return; }
            function poll() {
              fetch('/fetches/' + encodeURIComponent(run.job), { credentials: 'same-origin' })
                .then(function (r) { return r.json(); })
                .then(function (s) {
                  status.textContent = 'Fetched ' + s.done + ' of ' + s.total + (s.lines.length ? ': ' + s.lines[s.lines.length - 1] : '');
                  if (s.finished) window.location = '/claims/' + encodeURIComponent(run.claim) + '?fetch=' + encodeURIComponent(run.job);
                  else setTimeout(poll, 500);
                })
                .catch(function () { setTimeout(poll, 1000); });
            }
            poll();
          })
          .catch(function () { status.textContent = ''; button.disabled = false; form.submit(); });
      });
    })();
    (function () {
      var links = Array.prototype.slice.call(document.querySelectorAll('a.claim-link'));
      var search = document.getElementById('q');
      var at = -1;
      function move(by) {
        if (!links.length) return;
        if (at >= 0) links[at].closest('tr').classList.remove('current');
        at = Math.max(0, Math.min(links.length - 1, at + by));
        links[at].closest('tr').classList.add('current');
        links[at].focus();
      }
      document.addEventListener('keydown', function (e) {
        var t = e.target.tagName;
        if (t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT' || e.ctrlKey || e.metaKey || e.altKey) return;
        if (e.key === 'j') { move(1); e.preventDefault(); }
        else if (e.key === 'k') { move(-1); e.preventDefault(); }
        else if (e.key === '/' && search) { search.focus(); e.preventDefault(); }
      });
    })();
    """
}
