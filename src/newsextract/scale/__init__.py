"""Many pages: batches on a process pool, the command line, WARC input, Dask and Spark.

`extract_many` is public through `newsextract`; `warc`, `dask`, `spark` and `rows` are public
integration modules.
"""
