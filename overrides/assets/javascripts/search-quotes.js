// Material's search (Lunr.js) reads some characters of a query as syntax: text in double quotes as
// words that must all be found, "word:" as the name of a field, "^" and "~" as a boost and a fuzzy
// match. A pasted error is full of them: it quotes its names (Tensor("x:0", ...)), the old wordings
// begin "Under-sharing:" and "Over-sharing:", and a scope name error ends in a pattern
// (^[A-Za-z0-9.]...). Lunr.js then found nothing, or refused the query, and search showed no result
// at all. They are searched as spaces (a field name that Material knows, "title:", keeps its colon):
// this runs before Material reads the box, on the same key event.
const SYNTAX = /["^~]|(?<!\b(?:title|text|tags)):/g

document.addEventListener("keyup", event => {
  const box = event.target
  if (!box.matches?.("input.md-search__input")) return
  const value = box.value.replace(SYNTAX, " ")
  if (value !== box.value) box.value = value
}, true)
