"""The text path: a page a scraper dumped as text -> lines -> the article run -> typed blocks.

Private: use `newsextract.extract(text, kind="text")`.
"""
