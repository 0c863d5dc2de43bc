/* The search box beside Material's: what our search needs on the page (see
   overrides/main.html, which loads this before Material's bundle, and
   docs/javascripts/search-worker.js, which answers the queries).

   Material reads the box on keyup only, so text that arrives without a key (a paste
   from the menu, a suggestion tapped, dictation, an input method composing "ỹ") is
   handed to it as a keyup, and it asks for what the box holds now. The worker's
   `notice` (search unavailable, a mistyped word read as another, matches in the other
   language) and its `data-nsg-match` labels become the reader's words from the page's
   `nsg-search` data. It runs before Material's bundle, to learn whether the worker
   Material starts could load at all. */
(() => {
  "use strict"
  const data = document.getElementById("nsg-search")
  if (!data)
    return
  const search = JSON.parse(data.textContent)
  const words = search.status
  const worker = JSON.parse(document.getElementById("__config").textContent).search
  let parts = null
  let pending = null

  /* Material never hears that its worker failed to load: say search is unavailable */
  const NativeWorker = window.Worker
  if (NativeWorker)
    window.Worker = class extends NativeWorker {
      constructor(url, options) {
        super(url, options)
        if (String(url) === worker)
          this.addEventListener("error", () => show({ unavailable: true }))
      }
    }

  function link(href, text, lang) {
    const anchor = document.createElement("a")
    anchor.href = href
    if (lang)
      anchor.lang = anchor.hreflang = lang
    /* Material's Enter opens the link whose first child has the highest data-md-score */
    const label = document.createElement("span")
    label.dataset.mdScore = "-1"
    label.textContent = text
    anchor.append(label)
    return anchor
  }

  function line(content) {
    const paragraph = document.createElement("p")
    paragraph.append(content)
    return paragraph
  }

  function fill(template, key, value) {
    return template.replace(`{${key}}`, () => value)
  }

  function show(notice) {
    if (!parts) {
      pending = notice
      return
    }
    parts.result.querySelector(".nsg-search-notice")?.remove()
    const lines = []
    if (notice.unavailable && words.unavailable) {
      parts.meta.textContent = words.unavailable
      lines.push(line(link(search.archive, words.archive)))
    }
    if (notice.corrected && words.corrected)
      lines.push(line(fill(words.corrected, "query", notice.corrected)))
    for (const found of notice.others || []) {
      const other = search.others.find(other => other.index === found.index)
      if (other)
        lines.push(line(link(`${other.home}?q=${encodeURIComponent(notice.query)}`,
          fill(found.count === 1 ? other.one : other.other, "count", found.count), other.lang)))
    }
    if (lines.length) {
      const box = document.createElement("div")
      box.className = "nsg-search-notice"
      box.append(...lines)
      parts.meta.after(box)
    }
  }

  function label(list) {
    for (const mark of list.querySelectorAll("[data-nsg-match]:empty"))
      mark.textContent = words[mark.dataset.nsgMatch] || ""
  }

  document.addEventListener("DOMContentLoaded", () => {
    const box = document.querySelector("[data-md-component=search-query]")
    const result = document.querySelector("[data-md-component=search-result]")
    if (!box || !result)
      return
    const list = result.querySelector(".md-search-result__list")
    parts = { result, meta: result.querySelector(".md-search-result__meta") }
    for (const type of ["input", "compositionend"])
      box.addEventListener(type, () => box.dispatchEvent(new KeyboardEvent("keyup")))
    new MutationObserver(() => label(list)).observe(list, { childList: true })
    if (window.component$)
      window.component$.subscribe(component => {
        if (component.ref === result && "items" in component)
          show(component.notice || {})
      })
    if (pending)
      show(pending)
  })
})()
