// Review and report pages: tooltips on marks, jump from a field to its span, sortable tables, filters.
(function () {
  "use strict";
  var dataNode = document.getElementById("mark-data");
  var details = dataNode ? JSON.parse(dataNode.textContent) : {};
  var tip = document.getElementById("tip");

  function describe(id) {
    var d = details[id];
    if (!d) { return null; }
    var parts = [d.kind.replace("_", " ") + (d.label ? " · " + d.label : "")];
    if (d.value) { parts.push(d.value); }
    if (d.rule) { parts.push("rule " + d.rule); }
    if (d.page) { parts.push("page " + d.page); }
    if (d.where) { parts.push("element " + d.where); }
    if (d.status === "false_alarm") { parts.push("false alarm (not in the gold)"); }
    if (d.kind === "miss") { parts.push("missed: the gold wanted this"); }
    return parts;
  }

  function showTip(target, x, y) {
    if (!tip) { return; }
    var lines = [];
    for (var node = target; node && node.classList; node = node.parentNode) {
      if (node.classList.contains("mk")) {
        var text = describe(node.getAttribute("data-m"));
        if (text) { lines.push(text); }
      }
    }
    if (!lines.length) { tip.style.display = "none"; return; }
    tip.textContent = "";
    lines.forEach(function (parts) {
      var block = document.createElement("div");
      parts.forEach(function (part, i) {
        if (i) { block.appendChild(document.createElement("br")); }
        block.appendChild(document.createTextNode(part));
      });
      tip.appendChild(block);
    });
    tip.style.display = "block";
    var left = Math.min(x + 12, window.innerWidth - tip.offsetWidth - 8);
    var top = y + 16 + tip.offsetHeight > window.innerHeight ? y - tip.offsetHeight - 12 : y + 16;
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = Math.max(4, top) + "px";
  }

  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest ? event.target.closest(".mk") : null;
    if (mark) { showTip(mark, event.clientX, event.clientY); } else if (tip) { tip.style.display = "none"; }
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("mk")) {
      var box = event.target.getBoundingClientRect();
      showTip(event.target, box.left, box.bottom);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && tip) { tip.style.display = "none"; }
  });

  // A field in the panel: scroll to its span (or its entity's mentions) and highlight it.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-target]") : null;
    if (!button) { return; }
    var key = button.getAttribute("data-target");
    var nodes = document.querySelectorAll('.mk[data-m="' + key + '"], .mk[data-g="' + key + '"]');
    document.querySelectorAll(".mk.flash").forEach(function (n) { n.classList.remove("flash"); });
    if (!nodes.length) { return; }
    nodes.forEach(function (n) { n.classList.add("flash"); });
    nodes[0].scrollIntoView({ block: "center" });
    nodes[0].focus({ preventScroll: true });
  });

  // Kind toggles: hide one kind of mark to see the others.
  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
    });
  });

  // Sortable tables: click or press Enter on a header.
  function cellValue(row, index, numeric) {
    var cell = row.children[index];
    var raw = cell ? (cell.getAttribute("data-value") || cell.textContent.trim()) : "";
    if (!numeric) { return raw.toLowerCase(); }
    var number = parseFloat(raw);
    return isNaN(number) ? -Infinity : number;
  }
  document.querySelectorAll("th[data-sort]").forEach(function (th) {
    function sort() {
      var table = th.closest("table");
      var body = table.tBodies[0];
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      var numeric = th.getAttribute("data-sort") === "number";
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      th.parentNode.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
    });
  });

  // Filter box above a table: keeps the rows whose text holds every word typed.
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
  });
})();
