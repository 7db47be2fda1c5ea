"""String-level signals, each idea defined once, with no lxml: what text *is*.

Prose or fragment, words, language, bylines, dates, agencies, credits, error-page wording,
boilerplate phrases. The HTML path, the text path, metadata and assembly all ask these
functions, so the two input kinds judge text the same way. Private: use `newsextract.extract`.
"""
