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
  // word after the first optional, in order, so that a paste cut anywhere, or that drops a word
  // ("from same graph"), still matches; a hole only right after the word before it, so that it
  // does not reach far for its word. A word of four letters or more, not held to a hole, may be
  // mistyped ("does not exit"): a whole word with its first and last letters and one letter more
  // or less in between stands for it ("~" among the holes), and counts for two letters less.
  function compile(family, wording, text = wording.text) {
    const units = [], holes = []
    let pending = ""
    for (let word of text.split(/\s+/).filter(Boolean)) {
      // A family told apart by its names (name_pattern): its {name}/Adam/ is any name
      if (family.name_pattern && word.includes("{name}")) word = "{name}"
      const parts = word.split(/\{(\w+)\}/)
      parts.forEach((part, i) => i % 2 && holes.push(part))
      const hole = i => (/['"`]$/.test(parts[i - 1]) ? "([^'\"`‘’“”]*?)" : "(.*?)") // in quotes: to the quote
      let re = parts.map((part, i) => (i % 2 ? hole(i) : literal(part))).join("")
        .replace(/(\w)(\\?[,.;:])$/, "$1$2?") // a word's last comma or stop may be missing
      const [, spelt, stop] = word.match(/^([a-z]{4,})([,.;:?]?)$/i) || []
      if (spelt && !pending) {
        const [first, last, n] = [spelt[0], spelt.at(-1), spelt.length]
        re = `(?:${re}|(?<![a-z])(${first}[a-z]{${n - 3},${n - 1}}${last}\\${stop || ","}?)(?![a-z]))`
        holes.push("~")
      }
      // A word that ends in a hole, or in a hole and quotes, goes with the next word
      if (!parts.at(-1).replace(/['"`]/g, "")) pending += re + "\\s*"
      else units.push([pending + re, !!pending]), (pending = "")
    }
    const last = pending.lastIndexOf("(.*?)") // a hole at the end: the rest of the word
    if (pending) units.push([pending.slice(0, last) + "(\\S+)" + pending.slice(last + 5), true])
    // From the last unit back: one that a hole unit follows is matched or ends the match
    const pattern = units.reduceRight((rest, [unit, held], i) =>
      i === 0 ? unit + rest : (held || units[i + 1]?.[1])
        ? `(?:\\s*${unit}${rest})?` : `(?:\\s*(?:${unit}))?${rest}`, "")
    const letters = text.replace(/\{\w+\}|\s+/g, "").length
    // Tried on a line that holds its first or its last plain word (one of them may be mistyped)
    const words = text.match(/(?<![{\w])[a-z]{4,}(?![}\w])/gi).map(word => word.toLowerCase())
    const keys = [words[0], words.at(-1)]
    return { family, wording, holes, keys, regex: new RegExp(pattern, "gi"), least: Math.min(16, letters) }
  }

  // A wording from each of its sentences and clauses on, for a paste that starts there (the rest
  // of a line whose start was left out): from the first word with no hole after a stop, where
  // what is left has 16 letters or more.
  function tails(text) {
    const words = text.split(/\s+/).filter(Boolean), found = new Set()
    for (let i = 1, start; i < words.length; i++) {
      if (!/[.;:?!]$/.test(words[i - 1])) continue
      for (start = i; start < words.length && words[start].includes("{"); start++);
      const tail = words.slice(start).join(" ")
      if (tail.replace(/\{\w+\}|\s+/g, "").length >= 16 && /[a-z]{4}/i.test(tail)) found.add(tail)
    }
    return [...found]
  }

  // The best match of any wording on any line (and on the start of the paste, its lines joined,
  // for a message that wraps): the one that matches most of its wording's literal text, the
  // last of equals (Python prints the error last); a wrapper (wraps: the error it wraps follows
  // it) only where no other wording matches.
  function recognize(text, patterns) {
    let best = null
    for (const whole of [text.slice(0, 4000).replace(/\s+/g, " "), ...text.split("\n")]) {
      const line = whole.slice(0, 4000), lower = line.toLowerCase()
      for (const p of patterns.filter(p => p.keys.some(key => lower.includes(key)))) {
        for (let m; (m = p.regex.exec(line)); ) {
          const values = m.slice(1)
          const typed = values.filter((value, i) => value && p.holes[i] === "~").join("").length
          const score = m[0].replace(/\s+/g, "").length - values.join("").replace(/\s+/g, "").length +
            Math.max(0, typed - 2)
          const name = (values[Math.max(0, p.holes.indexOf("name"))] || "")
            .replace(/^u?['"`]+|['"`]+$/g, "")
          const pattern = p.family.name_pattern && new RegExp(p.family.name_pattern)
          if (score < p.least || (pattern && !pattern.test(name))) continue
          const bonus = (pattern ? 1 : 0) + (line.includes(p.family.prefix.split(":")[0]) ? 0.5 : 0)
          const [wraps, beaten] = [p.wording.wraps ? 1 : 0, best?.wording.wraps ? 1 : 0]
          if (!best || wraps < beaten || (wraps === beaten && score + bonus >= best.score))
            best = { ...p, name, score: score + bonus }
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
      const patterns = families.flatMap(f => f.wordings.flatMap(w =>
        [compile(f, w), ...tails(w.text).map(tail => compile(f, w, tail))]))
      const run = () => show(recognize(area.value, patterns), area.value)
      area.addEventListener("input", run)
      const pasted = new URLSearchParams(location.search).get("paste")
      if (pasted) area.value = pasted
      run()
    })
})()
