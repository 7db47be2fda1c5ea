"""Optional integrations, each imported only when used: `warc` (warcio), `dask`, `spark`.

Nothing here is imported by ``import newsextract``; each module raises an ImportError naming
the extra to install when its engine is missing.
"""
