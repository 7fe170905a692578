// The language switch keeps the reader's section: the sections of a Markdown page have the same
// ids in both languages (a test checks it), so the link to the other language takes the current
// #anchor along. Where the other page has no such section, it opens at its top.
document.addEventListener("click", event => {
  const link = event.target.closest?.("a.md-select__link[hreflang]")
  if (link && location.hash) link.hash = location.hash
}, true)
