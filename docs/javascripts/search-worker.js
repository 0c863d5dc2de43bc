/*
 * The search box in Material's header, answered from this language's Pagefind index.
 *
 * Material runs its search in a Web Worker and talks to it with four messages
 * (SETUP, READY, QUERY, RESULT); the page's `config` block (overrides/main.html)
 * points Material at this script instead of its lunr worker, so readers keep
 * Material's own search box, keyboard shortcuts and result list. Material's
 * lunr index stays empty (generator/plugin.py excludes every page from it).
 *
 * Pagefind (generator/search.py writes one index per language) folds tone
 * marks, ranks exact marks first, strips punctuation from words and loads only
 * the index chunks a query needs. What it leaves to us:
 *  - `đ` is a letter of its own in Unicode, so "da nang" would never find
 *    "Đà Nẵng": every word starting with d or đ is also searched with the other;
 *  - "hoà" and "hòa" are the same word in two tone placements: both are searched;
 *  - Pagefind matches every word as a prefix and ignores word order; the few
 *    results shown are re-ranked from their text: all words, then the words as
 *    a phrase, then exact marks above folded ones, then Pagefind's score;
 *  - snippets are cut from the article's own text (tone marks intact) around
 *    the best match, with each matching word highlighted however it was typed.
 */
"use strict"

/* Material's message types (integrations/search/worker/message) */
const SETUP = 0
const READY = 1
const QUERY = 2
const RESULT = 3

/* Results shown: each needs its page's text, downloaded on demand */
const MAX_RESULTS = 20
/* Spellings searched per query: "d"/"đ" and tone placement double them per word */
const MAX_SPELLINGS = 8
/* Words in a snippet */
const SNIPPET_WORDS = 28
/* Typing faster than this sends no query in between */
const TYPING_PAUSE_MS = 60

/* Where this language's index lives, relative to the site root (`?index=vi/pagefind/`) */
const SITE_ROOT = new URL("../", self.location.href)
const INDEX = new URL(
  new URL(self.location.href).searchParams.get("index") || "pagefind/",
  SITE_ROOT
)

/*
 * The two tone placements of word-final "oa", "oe", "uy" (never after "q",
 * where "u" belongs to the consonant). Mirrors _NEWER_TO_TRADITIONAL in
 * generator/clean.py; tests/test_search.py checks that the two agree.
 */
const NEWER_TO_TRADITIONAL = {
  "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
  "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
  "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"
}
const TRADITIONAL_TO_NEWER = Object.fromEntries(
  Object.entries(NEWER_TO_TRADITIONAL).map(([newer, traditional]) => [traditional, newer])
)
const NEWER_ENDING = new RegExp(`(?<!q)(${Object.keys(NEWER_TO_TRADITIONAL).join("|")})$`)
const TRADITIONAL_ENDING = new RegExp(`(?<!q)(${Object.keys(TRADITIONAL_TO_NEWER).join("|")})$`)

/* Letters, marks and digits: what Pagefind keeps of a word when it indexes it */
const WORD_PART = /[\p{L}\p{M}\p{N}]+/gu

/* ----------------------------------------------------------------------------
 * Words
 * ------------------------------------------------------------------------- */

/* A word as Pagefind indexes it: lowercase, punctuation inside it dropped ("27,5" → "275") */
function wordsOf(text) {
  return text.normalize("NFC").toLowerCase().split(/\s+/)
    .map(word => (word.match(WORD_PART) || []).join(""))
    .filter(word => word.length > 0)
}

function traditional(word) {
  return word.replace(NEWER_ENDING, ending => NEWER_TO_TRADITIONAL[ending])
}

function newer(word) {
  return word.replace(TRADITIONAL_ENDING, ending => TRADITIONAL_TO_NEWER[ending])
}

/* A lowercase word without tone marks, vowel marks or the bar of `đ`: "đà" → "da" */
function folded(word) {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d")
}

/* The same word spelled as readers type it: placement and d/đ swapped */
function alternatives(word) {
  const forms = new Set([word, traditional(word), newer(word)])
  for (const form of [...forms]) {
    if (form.startsWith("d"))
      forms.add(`đ${form.slice(1)}`)
    else if (form.startsWith("đ"))
      forms.add(`d${form.slice(1)}`)
  }
  return [...forms]
}

/* Whole-query spellings from each word's forms: as typed first, then fewest words changed */
function spellings(forms) {
  let combos = [{ words: [], changed: 0 }]
  for (const alternatives of forms) {
    const next = []
    for (const combo of combos)
      alternatives.forEach((form, index) => next.push({
        words: [...combo.words, form],
        changed: combo.changed + (index > 0 ? 1 : 0)
      }))
    combos = next.sort((a, b) => a.changed - b.changed).slice(0, MAX_SPELLINGS)
  }
  return combos.map(combo => combo.words)
}

/* ----------------------------------------------------------------------------
 * Matching a result's text
 * ------------------------------------------------------------------------- */

/* How well a word of the page matches a query word (0 = not at all) */
const WHOLE_EXACT = 4
const WHOLE_FOLDED = 3
const PREFIX_EXACT = 2
const PREFIX_FOLDED = 1

function grade(candidate, term) {
  if (candidate === term.exact)
    return WHOLE_EXACT
  const fold = folded(candidate)
  if (fold === term.folded)
    return WHOLE_FOLDED
  if (candidate.startsWith(term.exact))
    return PREFIX_EXACT
  if (fold.startsWith(term.folded))
    return PREFIX_FOLDED
  return 0
}

function termOf(word) {
  const exact = traditional(word)
  return { word, exact, folded: folded(exact) }
}

/*
 * A text cut into whitespace-separated tokens; each knows, per query word, its
 * best grade and which part of it matched. A token "(CPTPP)." matches as
 * "cptpp"; "27,5%" as "275"; "Covid-19" as "covid19", "covid" and "19".
 */
function tokenize(text, terms) {
  const tokens = []
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0]
    const parts = [...raw.matchAll(WORD_PART)].map(part => ({
      start: part.index,
      end: part.index + part[0].length,
      word: traditional(part[0].normalize("NFC").toLowerCase())
    }))
    const grades = terms.map(() => 0)
    const spans = terms.map(() => null)
    if (parts.length) {
      const whole = {
        start: parts[0].start,
        end: parts[parts.length - 1].end,
        word: traditional(parts.map(part => part.word).join(""))
      }
      terms.forEach((term, index) => {
        for (const part of parts.length > 1 ? [whole, ...parts] : [whole]) {
          const value = grade(part.word, term)
          if (value > grades[index]) {
            grades[index] = value
            spans[index] = part
          }
        }
      })
    }
    tokens.push({ raw, grades, spans })
  }
  return tokens
}

/*
 * The grade a word must reach to be highlighted: a query word found whole
 * somewhere highlights only where it is whole ("do" marks "đo", not "doanh");
 * a word still being typed highlights where it starts a word.
 */
function thresholds(tokens, terms) {
  return bestGrades(tokens, terms).map(best => best >= WHOLE_FOLDED ? WHOLE_FOLDED : PREFIX_FOLDED)
}

/* The best grade each query word reaches in some tokens (no spread: texts can be long) */
function bestGrades(tokens, terms) {
  return terms.map((_, index) =>
    tokens.reduce((best, token) => Math.max(best, token.grades[index]), 0))
}

/* Where the query words follow each other, as typed, or -1 */
function phraseAt(tokens, terms) {
  if (terms.length < 2)
    return -1
  outer: for (let start = 0; start + terms.length <= tokens.length; start++) {
    for (let offset = 0; offset < terms.length; offset++) {
      const needed = offset === terms.length - 1 ? PREFIX_FOLDED : WHOLE_FOLDED
      if (tokens[start + offset].grades[offset] < needed)
        continue outer
    }
    return start
  }
  return -1
}

/* How good a result is, most important first: compared element by element */
function rank(tokens, terms) {
  const best = bestGrades(tokens, terms)
  return [
    best.filter(value => value > 0).length,
    phraseAt(tokens, terms) >= 0 ? 1 : 0,
    best.reduce((sum, value) => sum + value, 0)
  ]
}

function compare(a, b) {
  for (let index = 0; index < a.length; index++)
    if (a[index] !== b[index])
      return b[index] - a[index]
  return 0
}

/* ----------------------------------------------------------------------------
 * Rendering: Material inserts title and text as HTML
 * ------------------------------------------------------------------------- */

function escape(text) {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

function highlight(token, needed) {
  const spans = token.spans
    .filter((span, index) => span && token.grades[index] >= needed[index])
    .sort((a, b) => a.start - b.start)
  let html = ""
  let at = 0
  for (const span of spans) {
    if (span.start < at)
      continue
    html += `${escape(token.raw.slice(at, span.start))}<mark>${
      escape(token.raw.slice(span.start, span.end))}</mark>`
    at = span.end
  }
  return html + escape(token.raw.slice(at))
}

/* The snippet: the stretch of text with the most query words, the phrase if any */
function snippet(tokens, terms, skip, needed) {
  const body = tokens.length > skip ? tokens.slice(skip) : tokens
  const phrase = phraseAt(body, terms)
  let start = 0
  if (phrase >= 0) {
    start = Math.max(0, phrase - Math.floor(SNIPPET_WORDS / 3))
  } else {
    let bestScore = -1
    for (let from = 0; from < Math.max(1, body.length - SNIPPET_WORDS + 1); from++) {
      const found = bestGrades(body.slice(from, from + SNIPPET_WORDS), terms)
      const score = found.filter(value => value > 0).length * 100 +
        found.reduce((sum, value) => sum + value, 0)
      if (score > bestScore) {
        bestScore = score
        start = from
      }
    }
    const first = body.findIndex((token, index) => index >= start &&
      token.grades.some((value, term) => value >= needed[term]))
    if (first > start + 3)
      start = Math.min(first - 3, Math.max(0, body.length - SNIPPET_WORDS))
  }
  const end = Math.min(body.length, start + SNIPPET_WORDS)
  const words = body.slice(start, end).map(token => highlight(token, needed)).join(" ")
  return `<p>${start > 0 ? "… " : ""}${words}${end < body.length ? " …" : ""}</p>`
}

/* ----------------------------------------------------------------------------
 * Searching
 * ------------------------------------------------------------------------- */

let engine = null

function pagefind() {
  if (!engine)
    engine = import(new URL("pagefind.js", INDEX).href)
      .then(async module => {
        await module.options({ excerptLength: 0 })
        return module
      })
      .catch(error => {
        engine = null
        throw error
      })
  return engine
}

let latest = 0

function pause(ms) {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/* The result for a query, or null when a newer query made it pointless */
async function answer(query, ticket) {
  const words = wordsOf(query)
  if (!words.length)
    return { items: [] }
  await pause(TYPING_PAUSE_MS)
  if (ticket !== latest)
    return null
  const search = await pagefind()

  /*
   * The forms of each word that occur at all. Pagefind drops a word it cannot
   * find and answers for the others, so a spelling with such a form would
   * match more than the query; a word with no form found is shown as missing,
   * the way Material shows it.
   */
  const forms = []
  const missing = new Set()
  for (const word of words) {
    const found = []
    for (const form of alternatives(word))
      if ((await search.search(form)).results.length)
        found.push(form)
    if (found.length)
      forms.push(found)
    else
      missing.add(word)
  }
  if (ticket !== latest)
    return null
  if (!forms.length)
    return { items: [] }

  /* Every spelling; a page keeps its best score, and whether it holds the phrase */
  const pages = new Map()
  for (const spelling of spellings(forms)) {
    const text = spelling.join(" ")
    for (const result of (await search.search(text)).results) {
      const seen = pages.get(result.id)
      if (!seen || seen.score < result.score)
        pages.set(result.id, { result, score: result.score, phrase: seen ? seen.phrase : 0 })
    }
    if (spelling.length > 1)
      for (const result of (await search.search(`"${text}"`)).results)
        if (pages.has(result.id))
          pages.get(result.id).phrase = 1
    if (ticket !== latest)
      return null
  }

  /* The best few, with their text, re-ranked from it */
  const candidates = [...pages.values()]
    .sort((a, b) => b.phrase - a.phrase || b.score - a.score)
    .slice(0, MAX_RESULTS)
  const texts = await Promise.all(candidates.map(candidate => candidate.result.data()))
  if (ticket !== latest)
    return null
  const terms = words.filter(word => !missing.has(word)).map(termOf)
  const ranked = texts.map((page, index) => {
    const title = page.meta && page.meta.title ? page.meta.title : page.raw_url
    const titleTokens = tokenize(title, terms)
    const tokens = tokenize(page.content, terms)
    /* The text starts with the headline: the snippet shows what follows it */
    const skip = page.content.startsWith(title) ? titleTokens.length : 0
    const needed = thresholds(tokens, terms)
    return {
      page,
      key: [...rank(tokens, terms), candidates[index].score],
      title: titleTokens.map(token => highlight(token, needed)).join(" "),
      text: snippet(tokens, terms, skip, needed)
    }
  }).sort((a, b) => compare(a.key, b.key))

  const status = Object.fromEntries(words.map(word => [word, !missing.has(word)]))
  return {
    items: ranked.map((result, index) => [{
      /* Pagefind stores URLs from the site root; Material resolves them from its base */
      location: result.page.raw_url.replace(/^\/+/, ""),
      title: result.title,
      text: result.text,
      /* Material opens the highest score on Enter: the first result */
      score: ranked.length - index,
      terms: status
    }])
  }
}

self.addEventListener("message", async event => {
  const message = event.data
  if (message.type === SETUP) {
    self.postMessage({ type: READY })
  } else if (message.type === QUERY) {
    const ticket = ++latest
    let data
    try {
      data = await answer(message.data, ticket)
    } catch (error) {
      console.warn("Search failed:", error)
      data = ticket === latest ? { items: [] } : null
    }
    if (data)
      self.postMessage({ type: RESULT, data })
  }
})
