"""The front-matter contract between the importer, editors and the site: the model, the page
reader and writer, validation against `article.schema.json`, and translation upkeep.

Depends on nothing in the generator but `text`, `languages` and `errors`.
"""
