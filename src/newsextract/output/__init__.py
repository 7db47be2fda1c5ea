"""Presentation: Articles rendered as Markdown, text, HTML for notebooks, and pandas frames.

Public through `newsextract.to_markdown`, `to_text`, `to_html`, `show` and `to_frame`. The
model never imports this package.
"""
