"""Stage 1, input: bytes or str to text (decode), HTML or text (sniff), a bounded tree (safe parse).

Everything that touches the raw input lives here, so the stages after it get valid text and a
tree that no hostile markup can blow up. Private: use `newsextract.extract`.
"""
