// Each query typed into Material's search box, as a reader types it (Material searches on the
// box's key events), one after another in one call, once the index is loaded: the first `count`
// results of each, as the addresses of its links (the page's, then its sections') and the height
// of the first, its preview. The box is emptied between two queries, so that the results waited
// for are the next query's own.
async ([queries, count]) => {
  const box = document.querySelector("input.md-search__input");
  const meta = document.querySelector(".md-search-result__meta");
  const results = () => document.querySelectorAll(".md-search-result__item");
  const type = text => { box.value = text; box.dispatchEvent(new KeyboardEvent("keyup")); };
  const until = done => new Promise(go => {
    const poll = () => done() ? go() : requestAnimationFrame(poll);
    poll();
  });
  type("variable");
  await until(() => results().length > 0);  // the index is loaded
  type("");
  await until(() => results().length == 0);
  const idle = meta.innerText, found = [];
  for (const query of queries) {
    type(query);
    await until(() => meta.innerText != idle);
    found.push([...results()].slice(0, count).map(item => ({
      links: [...item.querySelectorAll("a")].map(a => a.href),
      height: item.querySelector("a").getBoundingClientRect().height,
    })));
    type("");
    await until(() => meta.innerText == idle);
  }
  return found;
}
