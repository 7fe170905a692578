// The text in `root` fainter than `minimum` against what is behind it (WCAG 2 contrast), and the
// colours its text is drawn in; colours with transparency laid over the backgrounds below them,
// down to a white canvas. Only these go back to Python: handing over every text of a long page,
// with its colour, took longer than measuring them.
(root, minimum) => {
  const rgba = css => {
    const match = css.match(/^rgba?\(([^)]*)\)$/);
    if (!match) throw new Error(`cannot read the colour ${css}`);
    const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top, below) => [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])).concat(1);
  const backgrounds = new Map();  // each element's, worked out once: its texts share its ancestors
  const background = element => {
    if (!element) return [255, 255, 255, 1];
    if (!backgrounds.has(element)) {
      const own = rgba(getComputedStyle(element).backgroundColor);
      backgrounds.set(element, over(own, background(element.parentElement)));
    }
    return backgrounds.get(element);
  };
  const luminance = colour => {
    const [r, g, b] = colour.slice(0, 3).map(v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const faint = [], colours = new Set();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    const element = walker.currentNode.parentElement;
    if (!text || !element.checkVisibility()) continue;
    const behind = background(element);
    const css = getComputedStyle(element).color;
    const [light, dark] = [luminance(over(rgba(css), behind)), luminance(behind)].sort((x, y) => y - x);
    const contrast = (light + 0.05) / (dark + 0.05);
    colours.add(css);
    if (contrast < minimum) faint.push({text, colour: css, contrast});
  }
  return {faint, colours: [...colours]};
}
