"""The HTML path: tree -> candidate blocks -> main content -> typed blocks (decisions).

`candidates` walks the (read-only) tree once into plain `Candidate` records; from there on
nothing touches lxml: `locate` picks the main container, `label` gives every block a kind or
a removal reason. `fallback` asks readability-lxml when no prose is found. Private.
"""
