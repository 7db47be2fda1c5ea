"""Compressed input (gzip, zlib), inflated within bounds, layer after layer.

Crawlers store bodies as the server sent them: gzip (`Content-Encoding: gzip`, or a `.gz`
file), zlib (`Content-Encoding: deflate`), sometimes compressed twice. A decompression bomb
is a few kilobytes that inflate to gigabytes; inflating it whole, or even to the input
limit, costs the memory and the time of a 50 MB page. So the output is bounded *while*
inflating, in steps, on every layer, by three limits:

- the caller's: `Options.max_gzip_bytes`, and one byte past `Options.max_input_bytes` so
  that the input limit then cuts (or refuses) the output as it would a plain page;
- the bomb limit: no news page compresses more than ~11 times (the dev pages: 4.3 on
  median), so output past `bomb_floor_bytes` that is also over `bomb_ratio` times the
  compressed bytes read so far is a bomb: only its first `bomb_floor_bytes` are kept. The
  ratio is checked after every step, so a bomb is stopped after about one step of output
  however small it is;
- layers: at most `max_layers` compressed layers are opened.

A damaged stream keeps what came out before the damage; concatenated gzip members are
followed (`gzip` writes them when appending).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from newsextract.input.binary import GZIP_SIGNATURE
from newsextract.settings import DEFAULT_SETTINGS, DecodeSettings

#: zlib streams (RFC 1950) with a 32 KB window: 0x78, then a check byte per level.
_ZLIB_HEADERS = (b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda")
#: zlib's `wbits` for a gzip stream and for a zlib stream.
_GZIP_WBITS = 31
_ZLIB_WBITS = 15


@dataclass(frozen=True, slots=True)
class Inflated:
    """The innermost output, and what happened on the way."""

    data: bytes
    warnings: tuple[str, ...]
    layers: int  # compressed layers opened (0: the input was not compressed)
    #: the output is still compressed after `max_layers` (or could not be inflated at all)
    still_compressed: bool = False


def compression(data: bytes) -> str | None:
    """ "gzip" or "zlib" when `data` starts like such a stream, else None."""
    if data.startswith(GZIP_SIGNATURE):
        return "gzip"
    if data[:2] in _ZLIB_HEADERS:
        return "zlib"
    return None


def inflate(
    data: bytes,
    max_output: int,
    max_input: int,
    settings: DecodeSettings = DEFAULT_SETTINGS.decode,
) -> Inflated:
    """`data` inflated layer by layer (gzip, zlib): at most `max_output` bytes, and one
    byte past `max_input` (the input limit then cuts or refuses the output); see the module
    docstring for the bomb limit. Never raises on content."""
    budget = _Budget(
        len(data),
        min(max_output, max_input + 1),
        max_output,
        settings.bomb_floor_bytes,
        settings.bomb_ratio,
    )
    warnings: list[str] = []
    layers = 0
    while (kind := compression(data)) is not None:
        if layers == settings.max_layers:
            warnings.append(f"more than {settings.max_layers} compressed layers: not opened")
            return Inflated(data, tuple(warnings), layers, still_compressed=True)
        step = _inflate_layer(data, kind, budget, settings.inflate_step_bytes)
        if step is None:  # not a stream after all (a zlib header is two printable bytes)
            break
        out, layer_warnings = step
        if not out:
            warnings.append(f"{kind} input could not be decompressed")
            return Inflated(data, tuple(warnings), layers, still_compressed=kind == "gzip")
        warnings.extend(layer_warnings)
        data, layers = out, layers + 1
    return Inflated(data, tuple(warnings), layers)


@dataclass(frozen=True, slots=True)
class _Budget:
    """The output allowed: the caller's limits, and the bomb limit over the bytes of the
    original input (every layer's output counts against the first layer's input)."""

    source_size: int
    limit: int  # bytes kept at most
    max_output: int  # `Options.max_gzip_bytes`: reaching it is reported
    floor: int
    ratio: int

    def bomb(self, produced: int, consumed: int, layer_input: int) -> bool:
        """Whether `produced` bytes from `consumed` of this layer's `layer_input` bytes
        make a bomb: past the floor and over `ratio` times the share of the original input
        they stand for."""
        share = self.source_size * consumed / max(layer_input, 1)
        return produced > max(self.floor, self.ratio * share)


def _inflate_layer(
    data: bytes, kind: str, budget: _Budget, step: int
) -> tuple[bytes, tuple[str, ...]] | None:
    """One layer, inflated `step` bytes at a time within the budget, its gzip members
    followed; None when a zlib header opens no zlib stream."""
    wbits = _GZIP_WBITS if kind == "gzip" else _ZLIB_WBITS
    out: list[bytes] = []
    size = 0
    warnings = [f"{kind} input decompressed"]
    pending = data
    while True:  # one gzip member (or the zlib stream) per turn
        stream = zlib.decompressobj(wbits)
        while True:  # one step of output per turn
            backup = stream.copy()  # a failing call loses its output: to read it again
            try:
                chunk = stream.decompress(pending, step)
            except zlib.error:
                out.append(_before_damage(pending, backup, min(step, budget.limit - size)))
                if not any(out):
                    return None if kind == "zlib" else (b"", ())
                warnings.append(f"{kind} input damaged; kept the part before the damage")
                return b"".join(out), tuple(warnings)
            stalled = not chunk and len(stream.unconsumed_tail) == len(pending)
            pending = stream.unconsumed_tail
            out.append(chunk)
            size += len(chunk)
            if size >= budget.limit:
                if budget.limit == budget.max_output:
                    warnings.append(f"{kind} output truncated at {budget.max_output} bytes")
                return b"".join(out)[: budget.limit], tuple(warnings)
            consumed = len(data) - len(pending) - len(stream.unused_data)
            if budget.bomb(size, consumed, len(data)):
                warnings.append(
                    f"{kind} output cut at {budget.floor} bytes: over {budget.ratio} times "
                    "the compressed size (a decompression bomb)"
                )
                return b"".join(out)[: budget.floor], tuple(warnings)
            if stream.eof or stalled:
                break
        if not stream.eof:
            warnings.append(f"{kind} input cut short; kept what decompressed")
        rest = stream.unused_data
        if not (stream.eof and kind == "gzip" and rest.startswith(GZIP_SIGNATURE)):
            return b"".join(out), tuple(warnings)
        pending = rest  # another gzip member follows


#: Input bytes fed at a time when reading a damaged stream up to its damage; a failing
#: slice is read again in slices sixteen times smaller, down to single bytes.
_SALVAGE_SLICE = 4096


def _before_damage(pending: bytes, stream: zlib._Decompress, room: int) -> bytes:
    """What `stream` (a copy taken before the call that failed) inflates from `pending`
    before the damage, at most `room` bytes. Slices shrink where the damage is, so the
    reading stops within a byte of it, in linear time."""
    out: list[bytes] = []
    size = 0
    start = 0
    width = _SALVAGE_SLICE
    while start < len(pending) and size < room and not stream.eof:
        backup = stream.copy()
        try:
            chunk = stream.decompress(pending[start : start + width], room - size)
        except zlib.error:
            if width == 1:
                break
            stream, width = backup, max(1, width // 16)
            continue
        out.append(chunk)
        size += len(chunk)
        start += width
    return b"".join(out)[:room]
