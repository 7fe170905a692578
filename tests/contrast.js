// Every piece of text in `root`: its colour, and its contrast with what is behind it (WCAG 2),
// colours with transparency laid over the backgrounds below them, down to a white canvas.
root => {
  const rgba = css => {
    const match = css.match(/^rgba?\(([^)]*)\)$/);
    if (!match) throw new Error(`cannot read the colour ${css}`);
    const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top, below) => [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])).concat(1);
  const background = element => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) layers.unshift(rgba(getComputedStyle(e).backgroundColor));
    return layers.reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = colour => {
    const [r, g, b] = colour.slice(0, 3).map(v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    const element = walker.currentNode.parentElement;
    if (!text || !element.checkVisibility()) continue;
    const behind = background(element);
    const colour = over(rgba(getComputedStyle(element).color), behind);
    const [light, dark] = [luminance(colour), luminance(behind)].sort((x, y) => y - x);
    texts.push({text, colour: getComputedStyle(element).color, contrast: (light + 0.05) / (dark + 0.05)});
  }
  return texts;
}
