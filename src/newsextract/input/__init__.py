"""Stage 1, input: bytes or str to text, HTML or text, a bounded tree.

`decode` turns bytes into clean text (`binary` tells files that are not text, `charset`
finds the encoding); `sniff` tells HTML from plain text; `prepass` bounds in the markup what
breaks libxml2, and `safeparse` parses it. Everything that touches the raw input lives
here, so the stages after it get valid text and a tree that no hostile markup can blow up.
Private: use `newsextract.extract`.
"""
