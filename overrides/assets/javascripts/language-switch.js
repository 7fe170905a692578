// The language switch keeps the reader's section: a page has the same section ids in both
// languages, so the link to the other language takes the current #anchor along.
document.addEventListener("click", event => {
  const link = event.target.closest?.("a.md-select__link[hreflang]")
  if (link && location.hash) link.hash = location.hash
}, true)
