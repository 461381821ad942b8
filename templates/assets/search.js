// The search page: runs Pagefind's index in the browser and lists the articles it finds.
// Everything the page needs to say comes from data- attributes, so the words stay in the strings files.
const form = document.getElementById("search-form");
const input = form.querySelector("input[type=search]");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const filterBox = document.getElementById("search-filters");
const text = form.dataset;

let pagefind = null;
try {
  pagefind = await import(text.bundle);
  await pagefind.options({ baseUrl: text.base });
  await pagefind.init();
} catch {
  status.textContent = text.unavailable;
  input.disabled = true;
  form.querySelector("button").disabled = true;
}

async function showFilters() {
  const available = await pagefind.filters();
  for (const name of ["date", "page", "column", "author"]) {
    const values = Object.keys(available[name] || {}).sort();
    if (values.length === 0) continue;
    const label = document.createElement("label");
    label.textContent = text["filter" + name[0].toUpperCase() + name.slice(1)] + " ";
    const select = document.createElement("select");
    select.name = name;
    select.add(new Option(text.filterAll, ""));
    for (const value of values) select.add(new Option(value, value));
    select.addEventListener("change", run);
    label.append(select);
    filterBox.append(label);
  }
  filterBox.hidden = filterBox.children.length === 0;
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  const info = document.createElement("p");
  info.className = "search-meta";
  info.textContent = [data.meta.date, data.meta.page].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  // Pagefind's excerpt is the page's own text, escaped, with the matches in <mark>.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, info, excerpt);
  return item;
}

async function run() {
  const query = input.value.trim();
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  list.replaceChildren();
  if (!pagefind || !query) {
    status.textContent = pagefind ? "" : text.unavailable;
    return;
  }
  const filters = {};
  for (const select of filterBox.querySelectorAll("select")) if (select.value) filters[select.name] = select.value;
  const search = await pagefind.search(query, { filters });
  const found = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
  status.textContent = (found.length ? text.found : text.none).replace("{count}", String(search.results.length));
  list.append(...found.map(resultItem));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});

if (pagefind) {
  await showFilters();
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    run();
  }
}
