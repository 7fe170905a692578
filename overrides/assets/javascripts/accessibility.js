// Names and focus that Material's markup leaves out, for readers with a screen reader or a
// keyboard (WCAG 2.1 AA, as axe-core checks every page: tests/test_browser.py).
document$.subscribe(() => {
  const chinese = document.documentElement.lang.startsWith("zh")
  // The search dialog, named as its box is ("Search", 搜索)
  const search = document.querySelector(".md-search[role=dialog]")
  const box = document.querySelector(".md-search__input")
  if (search && box) search.setAttribute("aria-label", box.getAttribute("aria-label"))
  // The number of each code annotation (the translation of a Chinese comment), a link that
  // Material's stylesheet draws the number of: named by it
  for (const link of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
    const number = link.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId
    link.setAttribute("aria-label", `${chinese ? "注释" : "Note"} ${number}`)
  }
  // A box that scrolls sideways (a wide table, a notebook's code) can be scrolled with the
  // keyboard, as Material makes its own code blocks
  for (const scroller of document.querySelectorAll(".md-typeset__scrollwrap, .highlight-ipynb")) {
    if (scroller.scrollWidth > scroller.clientWidth && !scroller.hasAttribute("tabindex")) {
      scroller.tabIndex = 0
    }
  }
})
