// The search page: runs Pagefind's index in the browser and lists the articles it finds.
// Everything the page needs to say comes from data- attributes, so the words stay in the strings files.
// The address holds the search (?q=甜叶菊&page=…), so a search can be shared or bookmarked: opening such an
// address fills the form and runs it, and the address follows every change the reader makes.
const form = document.getElementById("search-form");
const input = form.querySelector("input[type=search]");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const filterBox = document.getElementById("search-filters");
const text = form.dataset;
const filterNames = ["date", "page", "column", "author"];
const asked = new URLSearchParams(location.search);

// Shown at once, before the index has loaded, so a shared address never opens an empty box.
input.value = asked.get("q") || "";

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
  for (const name of filterNames) {
    const values = Object.keys(available[name] || {}).sort();
    if (values.length === 0) continue;
    const label = document.createElement("label");
    label.textContent = text["filter" + name[0].toUpperCase() + name.slice(1)] + " ";
    const select = document.createElement("select");
    select.name = name;
    select.add(new Option(text.filterAll, ""));
    for (const value of values) select.add(new Option(value, value));
    if (values.includes(asked.get(name))) select.value = asked.get(name);
    select.addEventListener("change", run);
    label.append(select);
    filterBox.append(label);
  }
  filterBox.hidden = filterBox.children.length === 0;
}

function chosenFilters() {
  const filters = {};
  for (const select of filterBox.querySelectorAll("select")) if (select.value) filters[select.name] = select.value;
  return filters;
}

// Writes the search into the address without adding a history entry for every keystroke.
function followInAddress(query, filters) {
  const url = new URL(location.href);
  for (const name of ["q", ...filterNames]) url.searchParams.delete(name);
  if (query) url.searchParams.set("q", query);
  for (const name of filterNames) if (filters[name]) url.searchParams.set(name, filters[name]);
  history.replaceState(null, "", url);
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

// Searches run one after another as the reader types; only the latest may fill the list.
let latest = 0;

async function run() {
  const ticket = ++latest;
  const query = input.value.trim();
  const filters = chosenFilters();
  followInAddress(query, filters);
  if (!pagefind || (!query && Object.keys(filters).length === 0)) {
    list.replaceChildren();
    status.textContent = pagefind ? "" : text.unavailable;
    return;
  }
  // Without words, Pagefind lists every article the filters let through.
  const search = await pagefind.search(query || null, { filters });
  const found = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
  if (ticket !== latest) return;
  status.textContent = (found.length ? text.found : text.none).replace("{count}", String(search.results.length));
  list.replaceChildren(...found.map(resultItem));
}

let typing = 0;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(run, 300);
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  run();
});

if (pagefind) {
  await showFilters();
  if (input.value.trim() || Object.keys(chosenFilters()).length > 0) run();
}
