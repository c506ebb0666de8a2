// The report's one inline script: table sorting and filtering, cards opened
// from the map and the table.

/// The report's inline JavaScript. The page reads completely without it;
/// with it, clicking a column header sorts the ranked table (numbers as
/// numbers; again for the reverse order), a filter box hides the rows that do
/// not contain its text, and clicking a country on the map, or following a
/// link to a card, opens that country's card and scrolls to it.
///
/// It fetches nothing and references nothing outside the page, and it is
/// written without `<` and `&` so that the page stays well-formed XML with
/// no CDATA section (`ReportTests` parses it as XML).
enum ReportScript {
  static let source = """
    (function () {
      'use strict';
      function openCard(code) {
        var card = document.getElementById('card-' + code);
        if (!card) { return false; }
        card.open = true;
        card.scrollIntoView();
        return true;
      }
      function openFromHash() {
        var hash = window.location.hash;
        if (hash.indexOf('#card-') === 0) { openCard(hash.slice(6)); }
      }
      window.addEventListener('hashchange', openFromHash);
      openFromHash();
      var marks = document.querySelectorAll('svg.map [data-code]');
      Array.prototype.forEach.call(marks, function (mark) {
        mark.addEventListener('click', function () {
          var code = mark.getAttribute('data-code');
          if (openCard(code)) { history.replaceState(null, '', '#card-' + code); }
        });
      });
      var table = document.querySelector('table.ranked');
      if (!table) { return; }
      var body = table.tBodies[0];
      var headers = table.tHead.rows[0].cells;
      function value(row, column) {
        var cell = row.cells[column];
        if (!cell) { return ''; }
        var text = cell.textContent.trim();
        if (cell.className !== 'num') { return text.toLowerCase(); }
        var number = parseFloat(text);
        return isNaN(number) ? -Infinity : number;
      }
      function compare(a, b) {
        if (typeof a === 'number') { return a === b ? 0 : (a > b ? 1 : -1); }
        return a.localeCompare(b);
      }
      Array.prototype.forEach.call(headers, function (header, column) {
        header.title = 'Sort by ' + header.textContent;
        header.addEventListener('click', function () {
          var ascending = header.getAttribute('aria-sort') !== 'ascending';
          Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
          header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
            return { row: row, key: value(row, column), index: index };
          });
          rows.sort(function (a, b) {
            var order = compare(a.key, b.key);
            return order === 0 ? a.index - b.index : (ascending ? order : -order);
          });
          rows.forEach(function (entry) { body.appendChild(entry.row); });
        });
      });
      var filter = document.createElement('input');
      filter.type = 'search';
      filter.className = 'filter';
      filter.placeholder = 'Filter the table: country, code...';
      filter.setAttribute('aria-label', 'Filter the table');
      table.parentNode.insertBefore(filter, table);
      filter.addEventListener('input', function () {
        var query = filter.value.trim().toLowerCase();
        Array.prototype.forEach.call(body.rows, function (row) {
          var shown = query === '' || row.textContent.toLowerCase().indexOf(query) !== -1;
          row.style.display = shown ? '' : 'none';
        });
      });
    })();
    """
}
