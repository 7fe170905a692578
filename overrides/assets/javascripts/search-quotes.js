// Material's search takes text in double quotes as words that must all be found: a pasted error
// quotes its names (Tensor("x:0", ...)) and found nothing. Its quotes are searched as spaces:
// this runs before Material reads the box, on the same key event.
document.addEventListener("keyup", event => {
  const box = event.target
  if (box.matches?.("input.md-search__input") && box.value.includes('"'))
    box.value = box.value.replaceAll('"', " ")
}, true)
