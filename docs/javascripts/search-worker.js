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
 *  - a word Pagefind cannot find it replaces with a shorter start of it
 *    ("Canada" becomes "can" and finds "cân", "cần"): a word counts as found only
 *    when it is a whole word of the index or starts words of it;
 *  - Pagefind drops the separators inside a number ("1,5" and "15" are one
 *    word to it): a finished number must be written on the page as typed, which
 *    the index's table of numbers (numbers/*.json) tells without downloading pages;
 *  - Pagefind matches every word as a prefix and ignores word order; the few
 *    results shown are re-ranked from their text: all words, then exact marks
 *    (words as typed) above look-alikes, then the words as a phrase, then
 *    Pagefind's score; look-alikes are labelled as such;
 *  - a word found nowhere may be mistyped: the index's table of words
 *    (words/*.json) gives the word one letter away that most pages hold;
 *  - when this language has no exact match, the other language's index says how
 *    many pages it has, for a line linking to its search;
 *  - snippets are cut from the article's own text (tone marks intact) around
 *    the best match, with each matching word highlighted however it was typed.
 *
 * The worker holds no words for readers: the page (overrides/main.html) turns the
 * `notice` of a result and the `data-nsg-match` labels into the reader's language.
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
/* Shorter words have too many neighbours one letter away to guess a typo */
const TYPO_MIN_LETTERS = 4

/* Where this language's index lives, relative to the site root (`?index=vi/pagefind/`) */
const SITE_ROOT = new URL("../", self.location.href)
const PARAMS = new URL(self.location.href).searchParams
const INDEX = PARAMS.get("index") || "pagefind/"
/* The other languages' indexes (`&other=pagefind/`), as the page names them back */
const OTHER_INDEXES = PARAMS.getAll("other")

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
/*
 * The parts of a word as they are compared with a query: the same, except that a
 * number keeps its decimal and thousands separators ("1,5", "US$1.5" ≠ "US$15").
 * generator/site/search.py cuts numbers the same way for its table of numbers.
 */
const COMPARED_PART = /\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{L}\p{M}\p{N}]+/gu
const NUMBER = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u
const NOT_A_DIGIT = /[^\p{Nd}]/gu

/* ----------------------------------------------------------------------------
 * Words
 * ------------------------------------------------------------------------- */

/* A word as Pagefind indexes it: lowercase, punctuation inside it dropped ("27,5" → "275") */
function indexedWord(token) {
  return (token.normalize("NFC").toLowerCase().match(WORD_PART) || []).join("")
}

function wordsOf(text) {
  return text.normalize("NFC").toLowerCase().split(/\s+/)
    .map(indexedWord)
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

/* The parts of a whitespace-separated token, lowercase, in the traditional tone placement */
function partsOf(token) {
  return [...token.matchAll(COMPARED_PART)].map(part => ({
    start: part.index,
    end: part.index + part[0].length,
    word: traditional(part[0].normalize("NFC").toLowerCase())
  }))
}

/*
 * A query word: `search` is how Pagefind knows it, `exact` how the page must
 * spell it to match as typed. `typing` is the last word while the reader may
 * still be typing it (no space after it): only then may a number match as the
 * start of a longer one.
 */
function termOf(token, typing = false) {
  const words = partsOf(token).map(part => part.word)
  const exact = traditional(words.join(""))
  const fold = folded(exact)
  return {
    shown: token,
    search: indexedWord(token),
    exact,
    folded: fold,
    unmarked: exact === fold,
    typing,
    numbers: words.filter(word => NUMBER.test(word))
  }
}

function termsOf(query) {
  const text = query.normalize("NFC")
  const tokens = text.split(/\s+/).filter(token => indexedWord(token).length > 0)
  const typing = !/\s$/u.test(text)
  return tokens.map((token, index) => termOf(token, typing && index === tokens.length - 1))
}

/* Whether one letter added, dropped, changed or two neighbours swapped turn `a` into `b` */
function oneEditApart(a, b) {
  const [x, y] = [[...a], [...b]]
  if (x.length === y.length) {
    const differ = x.flatMap((char, index) => char === y[index] ? [] : [index])
    if (differ.length === 1)
      return true
    const [i, j] = differ
    return differ.length === 2 && j === i + 1 && x[i] === y[j] && x[j] === y[i]
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  if (long.length - short.length !== 1)
    return false
  let at = 0
  while (at < short.length && short[at] === long[at])
    at++
  return short.slice(at).join("") === long.slice(at + 1).join("")
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

/*
 * Whether a grade matches the word as the reader typed it: with the marks they
 * typed (a word typed without marks is typed as every marked spelling of it),
 * and whole unless they may still be typing it.
 */
function asTyped(term, value) {
  if (value === WHOLE_EXACT || (value === WHOLE_FOLDED && term.unmarked))
    return true
  return term.typing && (value === PREFIX_EXACT || (value === PREFIX_FOLDED && term.unmarked))
}

/* The grade a number must reach on a page: whole, once the reader has finished typing it */
function numberNeeds(term) {
  if (!term.numbers.length)
    return 0
  return term.typing ? PREFIX_FOLDED : WHOLE_FOLDED
}

/*
 * A text cut into whitespace-separated tokens; each knows, per query word, its
 * best grade and which part of it matched. A token "(CPTPP)." matches as
 * "cptpp"; "27,5%" as "27,5"; "Covid-19" as "covid19", "covid" and "19".
 */
function tokenize(text, terms) {
  const tokens = []
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0]
    const parts = partsOf(raw)
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

/*
 * Whether the page holds every query word as typed, not only look-alikes of
 * some. A word the index holds whole that the page never spells is one Pagefind
 * counts as the same word: an English stem ("investments", "investment").
 */
function exactIn(tokens, terms) {
  return terms.every((term, index) =>
    tokens.some(token => asTyped(term, token.grades[index])) ||
    (term.whole && tokens.every(token => token.grades[index] === 0)))
}

/* Whether the page holds every number of the query as written (Pagefind ignores separators) */
function holdsNumbers(tokens, terms) {
  const best = bestGrades(tokens, terms)
  return terms.every((term, index) => best[index] >= numberNeeds(term))
}

/* How good a result is, most important first: compared element by element */
function rank(tokens, terms) {
  const best = bestGrades(tokens, terms)
  return [
    best.filter(value => value > 0).length,
    exactIn(tokens, terms) ? 1 : 0,
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

/* An empty mark the page fills with "Exact match" or "Similar spelling" in its language */
function matchLabel(kind) {
  return kind ? `<div class="nsg-search-result__match" data-nsg-match="${kind}"></div>` : ""
}

/* ----------------------------------------------------------------------------
 * The indexes: Pagefind's, and the two tables generator/site/search.py writes beside it
 * ------------------------------------------------------------------------- */

const engines = new Map()

/* A language's Pagefind, loaded once; a failed load is tried again on the next query */
function pagefindAt(index) {
  const url = new URL("pagefind.js", new URL(index, SITE_ROOT)).href
  if (!engines.has(url))
    engines.set(url, import(url)
      .then(async module => {
        await module.options({ excerptLength: 0 })
        return module
      })
      .catch(error => {
        engines.delete(url)
        throw error
      }))
  return engines.get(url)
}

const downloads = new Map()

/* A JSON file of an index, downloaded once; `empty` when it cannot be read */
function jsonOf(index, name, empty) {
  const url = new URL(name, new URL(index, SITE_ROOT)).href
  if (!downloads.has(url))
    downloads.set(url, fetch(url)
      .then(response => response.ok ? response.json() : empty)
      .catch(() => {
        downloads.delete(url)
        return empty
      }))
  return downloads.get(url)
}

/* A table of the index, or an empty one when it has none: tables.json lists those it has */
async function tableOf(index, name) {
  const names = await jsonOf(index, "tables.json", [])
  return names.includes(name) ? jsonOf(index, name, {}) : {}
}

/* A number without its separators, as Pagefind indexes it: "1,5" → "15" */
function digitsOf(number) {
  return number.replace(NOT_A_DIGIT, "")
}

/* The table of numbers written with a separator whose digits end like these */
function numberTable(digits) {
  return `numbers/${digits.slice(-2).padStart(2, "0")}.json`
}

/* The table of words whose first letter, folded, is this one */
function wordTable(letter) {
  return `words/${letter.codePointAt(0).toString(16)}.json`
}

function ids(found) {
  return new Set(found.results.map(result => result.id))
}

function intersection(a, b) {
  return new Set([...a].filter(item => b.has(item)))
}

/* ----------------------------------------------------------------------------
 * Searching
 * ------------------------------------------------------------------------- */

/*
 * The pages on which a finished number word is written as typed: Pagefind's
 * pages holding the word whole, less those where its digits are written
 * otherwise ("1,5" for "15"), which the table of numbers knows.
 */
async function pagesWithNumber(search, term) {
  let pages = ids(await search.engine.search(`"${term.search}"`))
  for (const number of term.numbers) {
    const digits = digitsOf(number)
    const written = (await tableOf(search.index, numberTable(digits)))[digits]
    if (written)
      pages = intersection(pages, new Set(written[number] || []))
  }
  return pages
}

/* A word as Pagefind compares it: tone and vowel marks dropped, `đ` kept (a letter of its own) */
function pagefindFolded(word) {
  return word.normalize("NFD").replace(/\p{M}/gu, "")
}

/*
 * Whether a form starts words of the index, rather than Pagefind falling back
 * to a shorter start of it. It falls back for every page or for none, so the
 * text of its first result tells.
 */
async function startsWords(search, form) {
  const [first] = (await search.engine.search(form)).results
  if (!first)
    return false
  const start = pagefindFolded(form)
  const page = await first.data()
  return page.content.split(/\s+/).some(token =>
    [indexedWord(token), ...(token.toLowerCase().match(WORD_PART) || [])]
      .some(word => pagefindFolded(word).startsWith(start)))
}

/*
 * How a query word occurs in an index: the forms of it to search (none: the
 * word is missing) and, for a finished number, the only pages it may match.
 */
async function occurrence(search, term) {
  if (term.numbers.length && !term.typing) {
    const pages = await pagesWithNumber(search, term)
    return { term, forms: pages.size ? [term.search] : [], pages }
  }
  const forms = []
  let whole = false
  for (const form of alternatives(term.search)) {
    const found = (await search.engine.search(`"${form}"`)).results.length > 0
    whole = whole || found
    if (found || await startsWords(search, form))
      forms.push(form)
  }
  return { term: { ...term, whole }, forms, pages: null }
}

/*
 * The word one letter away from a missing word that most pages of the index
 * hold, by its letters: typed without marks, it stays without ("ngaoi" is read
 * as "ngoai", which "ngoại" and "ngoái" both match); typed with marks, it is
 * the most common spelling of those letters.
 */
async function correction(search, term) {
  const letters = [...term.folded]
  if (term.numbers.length || letters.length < TYPO_MIN_LETTERS)
    return null
  /* the second letter's table too: the first two swapped, or one typed before the first */
  const tables = await Promise.all([...new Set(letters.slice(0, 2))]
    .map(letter => tableOf(search.index, wordTable(letter))))
  const near = new Map()
  for (const table of tables)
    for (const [word, pages] of Object.entries(table)) {
      const fold = folded(word)
      /* a word still being typed may grow: "Cana" is not a typo of "can" */
      if (!oneEditApart(fold, term.folded) || (term.typing && fold.length < term.folded.length))
        continue
      const seen = near.get(fold) || { pages: 0, spelling: word, most: 0 }
      seen.pages += pages
      if (pages > seen.most)
        Object.assign(seen, { spelling: word, most: pages })
      near.set(fold, seen)
    }
  const [best] = [...near.entries()].sort(([a, x], [b, y]) => y.pages - x.pages || (a < b ? -1 : 1))
  if (!best)
    return null
  return termOf(term.unmarked ? best[0] : best[1].spelling)
}

/* Every page matching every found word, with its best score and whether it holds the phrase */
async function matchingPages(search, found, stale) {
  const pages = new Map()
  for (const spelling of spellings(found.map(word => word.forms))) {
    const text = spelling.join(" ")
    for (const result of (await search.engine.search(text)).results) {
      const seen = pages.get(result.id)
      if (!seen || seen.score < result.score)
        pages.set(result.id, { result, score: result.score, phrase: seen ? seen.phrase : 0 })
    }
    if (spelling.length > 1)
      for (const result of (await search.engine.search(`"${text}"`)).results)
        if (pages.has(result.id))
          pages.get(result.id).phrase = 1
    if (stale())
      return null
  }
  for (const { pages: allowed } of found)
    if (allowed)
      for (const id of [...pages.keys()])
        if (!allowed.has(id))
          pages.delete(id)
  return pages
}

/* How many pages of another language's index match every word as typed (0 if it has none) */
async function countIn(index, terms, stale) {
  let search
  try {
    search = { index, engine: await pagefindAt(index) }
  } catch (error) {
    return 0
  }
  const found = []
  for (const term of terms) {
    const word = await occurrence(search, term)
    if (!word.forms.length)
      return 0
    found.push(word)
  }
  const pages = await matchingPages(search, found, stale)
  return pages ? pages.size : 0
}

let latest = 0

function pause(ms) {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/* Each query word found in the index, in place of a missing one the word it was meant to be */
async function lookUp(search, terms, stale) {
  const found = []
  const missing = []
  let corrected = false
  for (const term of terms) {
    let word = await occurrence(search, term)
    if (!word.forms.length) {
      const meant = await correction(search, term)
      const again = meant && await occurrence(search, meant)
      if (again && again.forms.length) {
        word = again
        corrected = true
      }
    }
    if (stale())
      return null
    if (word.forms.length)
      found.push(word)
    else
      missing.push(term)
  }
  return { found, missing, corrected }
}

/* The best few pages, with their text, re-ranked from it; pages without the numbers left out */
async function ranked(pages, terms) {
  const candidates = [...pages.values()]
    .sort((a, b) => b.phrase - a.phrase || b.score - a.score)
    .slice(0, MAX_RESULTS)
  const texts = await Promise.all(candidates.map(candidate => candidate.result.data()))
  return texts.map((page, index) => {
    const title = page.meta && page.meta.title ? page.meta.title : page.raw_url
    const titleTokens = tokenize(title, terms)
    const tokens = tokenize(page.content, terms)
    /* The text starts with the headline: the snippet shows what follows it */
    const skip = page.content.startsWith(title) ? titleTokens.length : 0
    const needed = thresholds(tokens, terms)
    return {
      page,
      holdsNumbers: holdsNumbers(tokens, terms),
      exact: exactIn(tokens, terms),
      key: [...rank(tokens, terms), candidates[index].score],
      title: titleTokens.map(token => highlight(token, needed)).join(" "),
      text: snippet(tokens, terms, skip, needed)
    }
  })
    .filter(result => result.holdsNumbers)
    .sort((a, b) => compare(a.key, b.key))
}

/* Material's result items: look-alikes labelled, exact matches too when both are listed */
function items(results, status) {
  const mixed = results.some(result => result.exact) && results.some(result => !result.exact)
  return results.map((result, index) => [{
    /* Pagefind stores URLs from the site root; Material resolves them from its base */
    location: result.page.raw_url.replace(/^\/+/, ""),
    title: result.title,
    text: matchLabel(result.exact ? (mixed ? "exact" : "") : "similar") + result.text,
    /* Material opens the highest score on Enter: the first result */
    score: results.length - index,
    terms: status
  }])
}

/* The result for a query, or null when a newer query made it pointless */
async function answer(query, ticket) {
  const stale = () => ticket !== latest
  const terms = termsOf(query)
  if (!terms.length)
    return { items: [] }
  await pause(TYPING_PAUSE_MS)
  if (stale())
    return null
  const search = { index: INDEX, engine: await pagefindAt(INDEX) }

  const words = await lookUp(search, terms, stale)
  if (!words)
    return null
  let results = []
  if (words.found.length) {
    const pages = await matchingPages(search, words.found, stale)
    if (!pages)
      return null
    results = await ranked(pages, words.found.map(word => word.term))
    if (stale())
      return null
  }

  /* What Material shows as found or missing, by the words as typed */
  const status = Object.fromEntries([
    ...words.found.map(word => [word.term.shown, true]),
    ...words.missing.map(term => [term.shown, false])
  ])
  const notice = { query }
  if (words.corrected)
    notice.corrected = words.found.map(word => word.term.shown).join(" ")
  const answered = !words.missing.length && !words.corrected && results.some(result => result.exact)
  if (!answered) {
    notice.others = []
    for (const index of OTHER_INDEXES) {
      const count = await countIn(index, terms, stale)
      if (stale())
        return null
      if (count)
        notice.others.push({ index, count })
    }
  }
  return { items: items(results, status), notice }
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
      /* This language's index could not be loaded or read: never "no results" */
      console.warn("Search failed:", error)
      data = ticket === latest ? { items: [], notice: { query: message.data, unavailable: true } } : null
    }
    if (data)
      self.postMessage({ type: RESULT, data })
  }
})
