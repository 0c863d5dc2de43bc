"""Pure text helpers: slugs, folding, sentences, Markdown escaping. No I/O, no imports from
the rest of the generator."""
