/// `/static/changes.js`, loaded by the queue page only: it opens the change feed
/// (`GET /changes`) and, once the ledger has moved past the seq the page was drawn at
/// (`data-since`), says how many events are new in the page's polite live region, with a link
/// that reloads the page. Without script (or EventSource) the region stays empty.
enum ChangesScript {
  static let body = """
    (function () {
      var region = document.getElementById('changes');
      if (!region || !window.EventSource) return;
      var since = Number(region.getAttribute('data-since'));
      var shown = 0;
      var source = new EventSource('/changes');
      source.onmessage = function (e) {
        var count = Number(e.data) - since;
        if (!(count > 0) || count === shown) return;
        shown = count;
        region.textContent = count + (count === 1 ? ' new event' : ' new events') + ' since this page was opened. ';
        var link = document.createElement('a');
        link.href = window.location.pathname + window.location.search;
        link.textContent = 'Reload';
        region.appendChild(link);
      };
    })();
    """
}
