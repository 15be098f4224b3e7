/// The pages' Mustache templates. Kept in the binary (not resource files) so that an installed
/// `claimdesk` needs nothing beside it. `{{x}}` is HTML-escaped; `{{{x}}}` is used only for the
/// layout's body, which the renderer itself produced.
enum PageTemplates {
  static let all: [(String, String)] = [
    ("layout", layout), ("error", error), ("login", login), ("queue", queue), ("claim", claim),
    ("document", document), ("check", check), ("exports", exports),
  ]

  static let layout = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · Claimdesk</title>
    <link rel="stylesheet" href="/static/site.css">
    <script src="/static/app.js" defer></script>
    </head>
    <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="top">
    <nav aria-label="Main"><a href="/">Queue</a> <a href="/check">Check</a> <a href="/exports">Exports</a></nav>
    {{#user}}<p class="who">Signed in as <strong>{{user}}</strong>{{#loginRequired}} <form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Sign out</button></form>{{/loginRequired}}</p>{{/user}}
    </header>
    <main id="main">
    {{{body}}}
    </main>
    </body>
    </html>
    """

  static let error = """
    <h1>{{status}}</h1>
    <p class="alert" role="alert">{{message}}</p>
    <p><a href="/">Back to the queue</a></p>
    """

  static let login = """
    <h1>Sign in</h1>
    {{#message}}<p class="alert" role="alert">{{message}}</p>{{/message}}
    <form method="post" action="/login" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="name">Name</label> <input id="name" name="name" autocomplete="username" required value="{{name}}">
    <label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit">Sign in</button>
    </form>
    """

  static let queue = """
    <h1>Claims to check</h1>
    <form method="get" action="/" class="filters" role="search">
    <label for="q">Search</label> <input id="q" name="q" type="search" value="{{q}}">
    <label for="status">Status</label> <select id="status" name="status"><option value="">any</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/statuses}}</select>
    <label for="kind">Kind</label> <select id="kind" name="kind"><option value="">any</option>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/kinds}}</select>
    <label for="speaker">Speaker</label> <input id="speaker" name="speaker" value="{{speaker}}">
    <label for="document">Document</label> <select id="document" name="document"><option value="">any</option>{{#documents}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/documents}}</select>
    <label for="assigned">Assigned to</label> <input id="assigned" name="assigned" value="{{assigned}}" placeholder="name, me or none">
    <label for="seen"><input id="seen" name="seen" type="checkbox" value="1"{{#seen}} checked{{/seen}}> Seen before</label>
    <button type="submit">Filter</button> <a href="/">Clear</a>
    </form>
    <p class="count">{{summary}}</p>
    <p id="changes" class="changes" role="status" data-since="{{since}}"></p><script src="/static/changes.js" defer></script>
    {{#hasRows}}
    <table class="queue">
    <caption class="visually-hidden">Claims, most check-worthy first</caption>
    <thead><tr><th scope="col">Claim</th><th scope="col">Score</th><th scope="col">Status</th><th scope="col">Speaker</th><th scope="col">Assigned</th><th scope="col">Text</th></tr></thead>
    <tbody>
    {{#rows}}<tr><td><a class="claim-link" href="/claims/{{shortID}}"><code>{{shortID}}</code></a></td><td>{{score}}</td><td><span class="status status-{{status}}">{{status}}</span></td><td>{{speaker}}</td><td>{{assignee}}</td><td>{{text}}{{#kinds}} <span class="kind">{{.}}</span>{{/kinds}}{{#seenBefore}} <span class="kind seen">seen before</span>{{/seenBefore}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    {{/hasRows}}
    <nav class="pages" aria-label="Pages">{{#previous}}<a rel="prev" href="/{{previous}}">Previous 50</a>{{/previous}} {{#next}}<a rel="next" href="/{{next}}">Next 50</a>{{/next}}</nav>
    <p class="hint">Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>/</kbd> searches.</p>
    """

  static let claim = """
    <p class="crumbs"><a href="/">Queue</a>{{#document}} · <a href="/documents/{{id}}">{{title}}</a>{{/document}}</p>
    <h1>Claim <code>{{shortID}}</code> <span class="status status-{{status}}">{{status}}</span></h1>
    {{#conflict}}<section class="alert" role="alert"><h2>This claim changed since you opened it</h2><p>Nothing was recorded. Since then:</p><ul>{{#changes}}<li>{{at}} · <strong>{{actor}}</strong> · {{summary}}</li>{{/changes}}</ul><p>Check the claim as it is now; what you entered is still in the form.</p></section>{{/conflict}}
    {{#problem}}<p class="alert" role="alert">{{problem}}</p>{{/problem}}
    {{#recorded}}<p class="done" role="status">{{recorded}}</p>{{/recorded}}
    <blockquote class="context">{{contextBefore}} <span class="sentence">{{sentenceBefore}}<mark>{{text}}</mark>{{sentenceAfter}}</span> {{contextAfter}}</blockquote>
    <dl class="facts">
    <dt>Speaker</dt><dd>{{speaker}}</dd>
    <dt>Score</dt><dd>{{score}}</dd>
    <dt>Kinds</dt><dd>{{kinds}}</dd>
    <dt>Hedges</dt><dd>{{hedges}}</dd>
    <dt>Assigned to</dt><dd>{{assignee}}</dd>
    </dl>
    <section><h2>Verdict</h2>
    <form method="post" action="/claims/{{shortID}}/verdict" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="last_event" value="{{lastEvent}}">
    <fieldset><legend>Status</legend>{{#statuses}}<label><input type="radio" name="status" value="{{value}}"{{#selected}} checked{{/selected}}> {{value}}</label> {{/statuses}}</fieldset>
    <label for="source">Source (URL or citation)</label> <input id="source" name="source" value="{{formSource}}">
    <label for="note">Note</label> <textarea id="note" name="note" rows="3">{{formNote}}</textarea>
    <p class="hint">verified, false and misleading need a source a reviewer attached; dismissed needs a note.</p>
    <button type="submit">Record</button>
    </form>
    <form method="post" action="/claims/{{shortID}}/assign" class="inline-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="last_event" value="{{lastEvent}}">
    <label for="assignee">Assign to</label> <input id="assignee" name="assignee" value="{{assigneeValue}}" placeholder="name (empty: nobody)">
    <button type="submit">Assign</button>
    </form>
    </section>
    {{#hasSeenBefore}}<section><h2>Seen before</h2><ul class="seen">{{#seenBefore}}<li>{{#href}}<a href="{{href}}" rel="noreferrer noopener">{{summary}}</a>{{/href}}{{^href}}{{summary}}{{/href}}{{#quote}}<br><q>{{quote}}</q>{{/quote}}
    {{#adoptable}}<form method="post" action="/claims/{{shortID}}/same-as" class="seen-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="last_event" value="{{lastEvent}}">
    <input type="hidden" name="other" value="{{other}}">
    {{#needsStatus}}<label for="same-status-{{number}}">Status</label> <select id="same-status-{{number}}" name="status" required><option value="">(its rating fits no status: choose)</option>{{#statuses}}<option value="{{value}}">{{value}}</option>{{/statuses}}</select>{{/needsStatus}}
    <label for="same-note-{{number}}">Note</label> <input id="same-note-{{number}}" name="note">
    <button type="submit">Adopt its verdict</button>
    </form>{{/adoptable}}
    {{#stillOpen}}<p class="hint">The earlier claim is still open: it has no verdict to adopt yet.</p>{{/stillOpen}}
    <form method="post" action="/claims/{{shortID}}/reject-match" class="seen-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="last_event" value="{{lastEvent}}">
    <input type="hidden" name="other" value="{{other}}">
    <label for="reject-note-{{number}}">Why it is not the same claim</label> <input id="reject-note-{{number}}" name="note">
    <button type="submit">Reject this match</button>
    </form></li>{{/seenBefore}}</ul>
    <p class="hint">The same from the command line: <code>claimdesk mark {{shortID}} --same-as ID-OR-URL</code>, <code>claimdesk match --reject {{shortID}} ID-OR-URL</code>.</p></section>{{/hasSeenBefore}}
    <section><h2>What to check</h2><ul>{{#steps}}<li>{{.}}</li>{{/steps}}</ul>
    <h3>Suggested searches</h3><ul>{{#searches}}<li><a href="{{href}}" rel="noreferrer noopener">{{query}}</a></li>{{/searches}}</ul>
    <h3>Primary sources that would settle it</h3><ul>{{#primary}}<li>{{.}}</li>{{/primary}}</ul>
    {{#hasSuggested}}<h3>Links in the sentence (not evidence by themselves)</h3><ul>{{#suggested}}<li>{{#href}}<a href="{{href}}" rel="noreferrer noopener">{{text}}</a>{{/href}}{{^href}}{{text}}{{/href}}</li>{{/suggested}}</ul>{{/hasSuggested}}
    </section>
    <section><h2>Sources</h2>
    {{^sources}}<p>None attached yet.</p>{{/sources}}
    {{#sources}}<article class="source"><h3>{{#href}}<a href="{{href}}" rel="noreferrer noopener">{{reference}}</a>{{/href}}{{^href}}{{reference}}{{/href}}</h3>
    <p class="meta">{{origin}} by {{actor}} at {{at}}</p>
    {{#fetches}}<p class="meta">Fetched {{at}}: {{outcome}}</p>{{#passages}}<blockquote class="passage">{{text}} <span class="meta">(score {{score}}{{#contradiction}}; differs: {{contradiction}}{{/contradiction}})</span></blockquote>{{/passages}}{{/fetches}}
    {{#captured}}<details class="captured"><summary>{{summary}}</summary><div class="pagetext">{{#paragraphs}}<p>{{before}}{{#bears}}<mark class="bears">{{marked}}</mark>{{/bears}}{{after}}</p>{{/paragraphs}}</div></details>{{/captured}}
    {{#unreadable}}<p class="meta">{{unreadable}}</p>{{/unreadable}}
    </article>{{/sources}}
    {{#fetchRun}}<section class="{{#problem}}alert{{/problem}}{{^problem}}done{{/problem}}" role="status"><p>{{summary}}</p>{{#problem}}<p>{{problem}}</p>{{/problem}}<ul>{{#lines}}<li>{{.}}</li>{{/lines}}</ul></section>{{/fetchRun}}
    {{#fetchable}}<form method="post" action="/claims/{{shortID}}/fetch" class="inline-form fetch-sources">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit">Fetch sources</button> <span class="hint">the URL sources not captured yet, public addresses only, kept as WARC snapshots</span>
    </form>
    <p id="fetch-progress" class="meta" role="status" aria-live="polite"></p>{{/fetchable}}
    </section>
    <section><h2>Notes</h2>{{^notes}}<p>No notes.</p>{{/notes}}<ul>{{#notes}}<li>{{text}} <span class="meta">{{actor}}, {{at}}</span></li>{{/notes}}</ul></section>
    <section><h2>History</h2><ol class="history">{{#history}}<li><span class="meta">{{at}} · {{actor}}</span> {{summary}}</li>{{/history}}</ol></section>
    """

  static let document = """
    <p class="crumbs"><a href="/">Queue</a></p>
    <h1>{{title}}</h1>
    {{#problem}}<p class="alert" role="alert">{{problem}}</p>{{/problem}}
    {{#worksheetWritten}}<p class="done" role="status">Claims recorded; worksheet written to <code>{{worksheetWritten}}</code> in the workspace.</p>{{/worksheetWritten}}
    <p class="meta">{{#href}}<a href="{{href}}" rel="noreferrer noopener">{{origin}}</a>{{/href}}{{^href}}{{origin}}{{/href}} · added {{addedAt}} by {{addedBy}} · {{claimCount}} claims · <a href="/documents/{{id}}/worksheet.md">worksheet (Markdown)</a></p>
    {{#missingText}}<p class="alert">The document's text is not in claims/documents/; only its claims are shown.</p>{{/missingText}}
    <div class="doctext">{{#segments}}{{#claim}}<a class="claim-mark" href="/claims/{{claim}}"><mark>{{text}}</mark></a>{{/claim}}{{^claim}}{{text}}{{/claim}}{{/segments}}</div>
    <h2>Claims in reading order</h2>
    <ol>{{#claims}}<li><a href="/claims/{{shortID}}"><code>{{shortID}}</code></a> <span class="status status-{{status}}">{{status}}</span> {{text}}</li>{{/claims}}</ol>
    """

  static let check = """
    <h1>Check a text</h1>
    {{#problem}}<p class="alert" role="alert">{{problem}}</p>{{/problem}}
    <form method="post" action="/check" class="stack" enctype="multipart/form-data">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="title">Title (optional)</label> <input id="title" name="title" value="{{title}}">
    <label for="text">Paste the article</label> <textarea id="text" name="text" rows="14">{{text}}</textarea>
    <label for="file">or upload a file (.txt, .md or .html, up to {{limit}} KB)</label> <input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html">
    <label for="url">or give its address (http or https; public addresses only)</label> <input id="url" name="url" type="url" value="{{url}}">
    <label for="date">Published (YYYY-MM-DD, optional: relative dates resolve against it)</label> <input id="date" name="date" value="{{date}}">
    <button type="submit">Extract the claims</button>
    </form>
    <p class="hint">Runs the same extraction as <code>claimdesk check</code>: records the claims in the workspace's ledger and writes the document's worksheet into <code>reports/</code>. Limit: {{limit}} KB.</p>
    """

  static let exports = """
    <h1>Exports</h1>
    <ul>
    <li><a href="/exports/claimreview.json" download>ClaimReview JSON-LD</a> (claims with a verdict; needs <code>claimdesk config set publisher</code> and <code>base-url</code>)</li>
    <li><a href="/exports/claims.csv" download>CSV</a></li>
    <li><a href="/exports/claims.jsonl" download>JSON Lines</a></li>
    </ul>
    <h2>Worksheets</h2>
    <ul>{{#documents}}<li><a href="/documents/{{id}}/worksheet.md" download>{{title}}</a> ({{claimCount}} claims)</li>{{/documents}}</ul>
    """
}
