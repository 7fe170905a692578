// What keeps a reader from reading the page at the window's size: each problem as a sentence.
() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  const article = document.querySelector("article");
  const shown = element => element.textContent.replace(/\s+/g, " ").trim().slice(0, 70);
  const size = box => `${Math.round(box.width)}×${Math.round(box.height)} px`;
  const rightEdge = element => Math.max(...[...element.getClientRects()].map(rect => rect.right));
  const contentRight = box => box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;

  // Recorded output (#> comments) reaching past the right edge of its code box, hidden there
  for (const line of article.querySelectorAll(".highlight code .c1")) {
    if (line.textContent.startsWith("#>") && rightEdge(line) > contentRight(line.closest("code")) + 1) {
      problems.push(`output line past its box: ${shown(line)}`);
    }
  }
  // A notebook's outputs and cells
  for (const output of article.querySelectorAll(".jp-OutputArea-output pre")) {
    if (output.scrollWidth > output.clientWidth + 1) problems.push(`notebook output past its box: ${shown(output)}`);
  }
  for (const cell of article.querySelectorAll(".jp-Cell")) {
    if (cell.getBoundingClientRect().right > width + 1) problems.push(`notebook cell past the window: ${shown(cell)}`);
  }
  const articleWidth = article.getBoundingClientRect().width;
  for (const code of article.querySelectorAll(".jp-CodeCell .jp-InputArea-editor")) {
    const codeWidth = code.getBoundingClientRect().width;
    if (codeWidth < 0.85 * articleWidth) {
      problems.push(`notebook code ${Math.round(codeWidth)} px wide in a ${Math.round(articleWidth)} px page: ${shown(code)}`);
    }
  }
  // Tables: shown, within the window or in a box that scrolls and shows it does; each
  // identifier on one line; links that are a symbol named, and big enough to touch
  for (const table of article.querySelectorAll("table:not(.highlighttable)")) {
    const where = `table "${shown(table.rows[0] || table).slice(0, 30)}"`;
    if (!table.checkVisibility()) problems.push(`${where} is not shown`);
    if (table.getBoundingClientRect().right > width + 1) {
      let scroller = table;
      while (scroller && !(scroller.scrollWidth > scroller.clientWidth && /auto|scroll/.test(getComputedStyle(scroller).overflowX))) {
        scroller = scroller.parentElement;
      }
      // Headless Chromium draws no scrollbars: the sign that the table scrolls is the site's own,
      // shadows (gradients) that move with it
      if (!scroller) problems.push(`${where} runs past the window`);
      else if (!getComputedStyle(scroller).backgroundImage.includes("gradient")) {
        problems.push(`${where} scrolls with no sign that it does`);
      }
    }
    for (const link of table.querySelectorAll("a[href]")) {
      if (/[\p{L}\p{N}]/u.test(link.textContent)) continue;  // a link of words, in a sentence
      const name = (link.getAttribute("aria-label") || link.textContent).trim();
      const box = link.getBoundingClientRect();
      if (!/[\p{L}\p{N}]/u.test(name)) problems.push(`${where}: a link to ${link.getAttribute("href")} has no name`);
      if (box.width < 24 || box.height < 24) problems.push(`${where}: the link "${name}" is ${size(box)}, under 24×24`);
    }
  }
  // English Markdown pages: every Chinese comment of the code with its translation (an
  // annotation, on the last line of a comment that runs on over several). Not yet the notebook.
  if (!document.documentElement.lang.startsWith("zh")) {
    const chinese = comment => comment && /\p{sc=Han}/u.test(comment.textContent);
    const comments = [...article.querySelectorAll(".highlight code .c1")].filter(c => !c.closest(".jupyter-wrapper"));
    const between = (first, second) => {
      const range = document.createRange();
      range.setStartAfter(first);
      range.setEndBefore(second);
      return range.toString();
    };
    comments.forEach((comment, i) => {
      const next = comments[i + 1];
      const goesOn = chinese(next) && /^[ \t]*\n[ \t]*$/.test(between(comment, next));
      if (chinese(comment) && !goesOn && !comment.querySelector(".md-annotation")) {
        problems.push(`a Chinese comment with no translation: ${shown(comment)}`);
      }
    });
  }
  // The site's name in the header, whole
  const title = document.querySelector(".md-header__topic:first-child .md-ellipsis");
  if (title && (title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1)) {
    problems.push(`the site's name is cut in the header: ${shown(title)}`);
  }
  return problems;
}
