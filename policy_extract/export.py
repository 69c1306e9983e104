"""Stage 6: the task list -> JSON or YAML text. Same input, same bytes: keys in model order,
no timestamps, Chinese written as itself.

Both take a `models.Document` (whose own `to_json`/`to_yaml` write it) or the same task
list as plain data (`pipeline.parse_plain`, shaped by shape.py: what the command line and
batch workers write, without building pydantic models); the bytes are those of
`json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2)` either way
(tests/test_plain_output.py). json.dumps with indent runs Python's pure-Python encoder, so
plain data is written by pydantic-core's serializer where it is loaded anyway (a batch
worker), else by a small encoder of the same bytes, several times faster than json.dumps.
This module imports the models never at import time, and they never import it.
"""
from __future__ import annotations

import sys
from json.encoder import encode_basestring  # the C function where there is one


def _walk(o, indent: str, out: list, enc=encode_basestring) -> None:
    """json.dumps(o, ensure_ascii=False, indent=2) of plain data, into out. Scalars inside
    a container are written in place (no call per value): most of a task list is strings
    and small ints."""
    append = out.append
    t = type(o)
    if t is dict:
        if not o:
            append("{}")
            return
        inner = indent + "  "
        sep = "{\n" + inner
        for k, v in o.items():
            if type(k) is not str:
                raise TypeError("a key that is not a str")  # dumps() falls back to json.dumps
            tv = type(v)
            if tv is str:
                append(f"{sep}{enc(k)}: {enc(v)}")
            elif v is None:
                append(f"{sep}{enc(k)}: null")
            elif tv is int:
                append(f"{sep}{enc(k)}: {int.__repr__(v)}")
            elif tv is bool:
                append(f"{sep}{enc(k)}: {'true' if v else 'false'}")
            else:
                append(f"{sep}{enc(k)}: ")
                _walk(v, inner, out)
            sep = ",\n" + inner
        append("\n" + indent + "}")
    elif t is list or t is tuple:
        if not o:
            append("[]")
            return
        inner = indent + "  "
        sep = "[\n" + inner
        for v in o:
            if type(v) is str:
                append(sep + enc(v))
            else:
                append(sep)
                _walk(v, inner, out)
            sep = ",\n" + inner
        append("\n" + indent + "]")
    elif t is str:
        append(enc(o))
    elif o is None:
        append("null")
    elif o is True:
        append("true")
    elif o is False:
        append("false")
    elif t is int:
        append(int.__repr__(o))
    else:  # floats and anything unusual: exactly as json.dumps writes them
        import json

        append(json.dumps(o, ensure_ascii=False))


_WRITTEN = [0]  # documents this process has written


def _orjson():
    """orjson (written in Rust: the same bytes as json.dumps(indent=2), 5x faster than the small
    encoder below) from a process's second document on: a process that writes more than one (a
    batch worker, a library loop) pays its import (~10 ms) once; a one-off command never does."""
    fast = sys.modules.get("orjson")
    if fast is None and _WRITTEN[0]:
        try:
            import orjson as fast
        except ImportError:  # installed without its wheel: the small encoder
            fast = None
    _WRITTEN[0] += 1
    return fast


def dumps(data) -> str:
    """json.dumps(data, ensure_ascii=False, indent=2) of plain data, fast."""
    if "pydantic_core" in sys.modules:  # loaded already: its serializer is 5x faster still
        return sys.modules["pydantic_core"].to_json(data, indent=2).decode("utf-8")
    fast = _orjson()
    if fast is not None:
        try:
            return fast.dumps(data, option=fast.OPT_INDENT_2).decode("utf-8")
        except TypeError:  # a non-str key or an int beyond 64 bits (never in a task list): json.dumps below
            pass
    out: list[str] = []
    try:
        _walk(data, "", out)
    except TypeError:  # a non-str key (never in a task list): json.dumps's own conversion
        import json

        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


def to_json(doc) -> str:
    return dumps(doc) + "\n" if isinstance(doc, dict) else doc.to_json()


plain_json = to_json


def to_yaml(doc) -> str:
    if not isinstance(doc, dict):
        return doc.to_yaml()
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(  # the options of models.Document.to_yaml
        doc,
        Dumper=dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,
    )


def render(doc, fmt: str) -> str:
    return to_yaml(doc) if fmt == "yaml" else to_json(doc)
