"""Seeds in, article pages out: reading and cleaning seeds, telling their language, parsing
them, extracting dates, figures, people and organisations, and writing pages.

Knows the front-matter contract (`generator.contract`) and never the site build.
"""
