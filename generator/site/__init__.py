"""The site build: the MkDocs plugin (`plugin`) as glue over pure derivations of the pages'
front matter (entries, timeline, figures, feeds, sitemaps, search index), the templates'
views and localisation.

Knows the front-matter contract (`generator.contract`) and never the importer.
"""
