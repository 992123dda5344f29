// The site's search: filters window.newsletterIndex (written by the site generator) by the words
// of the query and the chosen filters. The query lives in the address (?q=&category=&summarizer=
// &highlights=1), so a search can be linked; results are built with textContent, never as HTML.
(function () {
  "use strict";
  var index = window.newsletterIndex || [];
  var form = document.getElementById("search");
  var q = document.getElementById("q");
  var category = document.getElementById("category");
  var summarizer = document.getElementById("summarizer");
  var highlights = document.getElementById("highlights");
  var results = document.getElementById("results");
  var count = document.getElementById("count");
  var limit = 200;

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  var haystacks = index.map(function (e) {
    return fold([e.title, e.authors, e.summarizers.join(" "), e.category, e.text].join(" "));
  });

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    q.value = params.get("q") || "";
    category.value = params.get("category") || "";
    summarizer.value = params.get("summarizer") || "";
    highlights.checked = params.get("highlights") === "1";
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (q.value) params.set("q", q.value);
    if (category.value) params.set("category", category.value);
    if (summarizer.value) params.set("summarizer", summarizer.value);
    if (highlights.checked) params.set("highlights", "1");
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : window.location.pathname);
  }

  function matches(entry, i, words) {
    if (category.value && entry.category !== category.value) return false;
    if (summarizer.value && entry.summarizers.indexOf(summarizer.value) < 0) return false;
    if (highlights.checked && !entry.highlight) return false;
    for (var k = 0; k < words.length; k++) {
      if (haystacks[i].indexOf(words[k]) < 0) return false;
    }
    return true;
  }

  function render() {
    var words = fold(q.value).split(/\s+/).filter(Boolean);
    var searching = words.length > 0 || category.value || summarizer.value || highlights.checked;
    results.textContent = "";
    if (!searching) {
      count.textContent = index.length + " summaries. Type to search.";
      return;
    }
    var found = 0;
    for (var i = 0; i < index.length; i++) {
      var entry = index[i];
      if (!matches(entry, i, words)) continue;
      found++;
      if (found > limit) continue;
      var item = document.createElement("li");
      item.className = "result";
      var link = document.createElement("a");
      link.href = entry.address;
      link.textContent = entry.title;
      var meta = document.createElement("p");
      meta.className = "byline";
      meta.textContent = "AN #" + entry.issue + (entry.category ? " · " + entry.category : "") +
        " · summarized by " + entry.summarizers.join(", ") + (entry.highlight ? " · highlight" : "");
      var text = document.createElement("p");
      text.textContent = entry.text.length > 280 ? entry.text.slice(0, 280) + "…" : entry.text;
      item.appendChild(link);
      item.appendChild(meta);
      item.appendChild(text);
      results.appendChild(item);
    }
    count.textContent = found === 1 ? "1 summary" : found + " summaries" + (found > limit ? " (the first " + limit + " shown)" : "");
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", function () { writeAddress(); render(); });
  form.addEventListener("change", function () { writeAddress(); render(); });
  readAddress();
  render();
})();
