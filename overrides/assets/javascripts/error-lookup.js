// The error lookup of the errors page (the box [data-error-lookup]): which error a pasted line or
// traceback is, whatever TensorFlow release worded it and whatever its names, and the section that
// answers it. The wordings come from hooks/error_wordings.yml (error-wordings.json, beside this
// script). Everything pasted is shown as text only: textContent, never HTML.
(() => {
  const box = document.querySelector("[data-error-lookup]")
  if (!box) return
  const script = document.currentScript
  const [area, out] = [box.querySelector("textarea"), box.querySelector("output")]
  const zh = document.documentElement.lang === "zh"
  const root = JSON.parse(document.getElementById("__config").textContent).base + "/"
  const QUOTE = "['\"`‘’“”]?" // pastes retype quotes, or drop them
  const literal = text =>
    text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\?['"`‘’“”]/g, QUOTE)

  // A wording as a pattern: each {hole} a non-greedy wildcard held to the word after it, and every
  // word after the first optional, in order, so that a paste cut anywhere still matches.
  function compile(family, wording) {
    const units = [], holes = []
    let pending = ""
    for (let word of wording.text.split(/\s+/).filter(Boolean)) {
      // A family told apart by its names (name_pattern): its {name}/Adam/ is any name
      if (family.name_pattern && word.includes("{name}")) word = "{name}"
      const parts = word.split(/\{(\w+)\}/)
      parts.forEach((part, i) => i % 2 && holes.push(part))
      const hole = i => (/['"`]$/.test(parts[i - 1]) ? "([^'\"`‘’“”]*?)" : "(.*?)") // in quotes: to the quote
      const re = parts.map((part, i) => (i % 2 ? hole(i) : literal(part))).join("")
        .replace(/(\w)(\\?[,.;:])$/, "$1$2?") // a word's last comma or stop may be missing
      // A word that ends in a hole, or in a hole and quotes, goes with the next word
      if (!parts.at(-1).replace(/['"`]/g, "")) pending += re + "\\s*"
      else units.push(pending + re), (pending = "")
    }
    const last = pending.lastIndexOf("(.*?)") // a hole at the end: the rest of the word
    if (pending) units.push(pending.slice(0, last) + "(\\S+)" + pending.slice(last + 5))
    const pattern = units.reduceRight((rest, unit) => `${unit}(?:\\s*${rest})?`)
    const letters = wording.text.replace(/\{\w+\}|\s+/g, "").length
    const key = wording.text.match(/(?<![{\w])[a-z]{4,}(?![}\w])/i)[0].toLowerCase()
    return { family, wording, holes, key, regex: new RegExp(pattern, "gi"), least: Math.min(16, letters) }
  }

  // The best match of any wording on any line (and on the start of the paste, its lines joined,
  // for a message that wraps): the one that matches most of its wording's literal text, the
  // last of equals (Python prints the error last).
  function recognize(text, patterns) {
    let best = null
    for (const whole of [text.slice(0, 4000).replace(/\s+/g, " "), ...text.split("\n")]) {
      const line = whole.slice(0, 4000), lower = line.toLowerCase()
      for (const p of patterns.filter(p => lower.includes(p.key))) {
        for (let m; (m = p.regex.exec(line)); ) {
          const values = m.slice(1)
          const score = m[0].replace(/\s+/g, "").length - values.join("").replace(/\s+/g, "").length
          const name = (values[Math.max(0, p.holes.indexOf("name"))] || "")
            .replace(/^u?['"`]+|['"`]+$/g, "")
          const pattern = p.family.name_pattern && new RegExp(p.family.name_pattern)
          if (score < p.least || (pattern && !pattern.test(name))) continue
          const bonus = (pattern ? 1 : 0) + (line.includes(p.family.prefix.split(":")[0]) ? 0.5 : 0)
          if (!best || score + bonus >= best.score) best = { ...p, name, score: score + bonus }
        }
      }
    }
    return best
  }

  function element(tag, text, attributes = {}) {
    const made = document.createElement(tag)
    made.textContent = text
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value)
    return made
  }

  function show(found, text) {
    out.replaceChildren()
    const firstLine = text.trim().split("\n")[0].slice(0, 300)
    if (!firstLine) return
    if (!found) {
      const search = new URL(`?q=${encodeURIComponent(firstLine)}`, location.href)
      out.append(element("p", box.dataset.unknown), element("a", firstLine, { href: search }))
      return
    }
    const { family, wording, name } = found
    const route = (family.routes || []).find(r => new RegExp(r.name_pattern).test(name))
    const href = new URL(root + (route || wording).answer, location.href)
    const base = family.name_pattern ? name.replace(new RegExp(family.name_pattern), "") : name
    const says = element("p", "")
    const sentence = (zh ? family.says_zh : family.says) || ""
    sentence.replaceAll("{name}", name).replaceAll("{base}", base.replace(/\/$/, ""))
      .split("`").forEach((part, i) => says.append(i % 2 ? element("code", part) : part))
    const answer = element("a", zh ? family.title_zh : family.title, {
      href, "data-error-answer": "", "data-error-family": family.family,
    })
    out.append(element("p", box.dataset.found), ...(sentence ? [says] : []), answer)
  }

  fetch(new URL("error-wordings.json", script.src))
    .then(response => response.json())
    .then(families => {
      const patterns = families.flatMap(f => f.wordings.map(w => compile(f, w)))
      const run = () => show(recognize(area.value, patterns), area.value)
      area.addEventListener("input", run)
      const pasted = new URLSearchParams(location.search).get("paste")
      if (pasted) area.value = pasted
      run()
    })
})()
