"""The command line and batch workers write the task list from plain data (pipeline.parse_plain,
shape.FIELDS) and a fast JSON encoder, without building pydantic models: the bytes must be
the models' own, `json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2)`, on
every sample and fixture, and the shape table must follow models.py field by field."""
from __future__ import annotations

import json
import subprocess
import sys
import typing
from pathlib import Path

import pytest
import yaml

from policy_extract import export
from policy_extract.errors import InputError
from policy_extract.load import load
from policy_extract.models import Document
from policy_extract.output import render_output
from policy_extract.pipeline import parse_loaded, parse_plain
from policy_extract.shape import _LIST, FIELDS, REQUIRED

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted((ROOT / "samples").glob("*.txt")) + sorted(
    p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.is_file() and p.suffix not in (".yaml", ".json")
)


def _models_json(doc: Document) -> str:
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def _nested(annotation) -> tuple[str | None, str | None]:
    """(nested model name, "list" | "one") of a field's annotation, as shape.FIELDS writes it."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if isinstance(annotation, type) and issubclass(annotation, Document.__mro__[1]):
        return annotation.__name__, "one"
    if typing.get_origin(annotation) is list and args and isinstance(args[0], type) and hasattr(args[0], "model_fields"):
        return args[0].__name__, "list"
    if len(args) == 1 and isinstance(args[0], type) and hasattr(args[0], "model_fields"):
        return args[0].__name__, "one"
    return None, None


def test_the_shape_table_follows_the_models_field_by_field():
    from policy_extract import models

    for name, fields in FIELDS.items():
        model = getattr(models, name)
        assert [f[0] for f in fields] == list(model.model_fields), name
        for field_name, default, nested, how in fields:
            info = model.model_fields[field_name]
            if default is REQUIRED:
                assert info.is_required(), (name, field_name)
            elif default is _LIST:
                assert info.default_factory is list, (name, field_name)
            else:
                assert not info.is_required() and info.default == default, (name, field_name)
            assert (nested, how if nested else None) == _nested(info.annotation), (name, field_name)
    reachable = {"Document"} | {f[2] for fields in FIELDS.values() for f in fields if f[2]}
    assert reachable == set(FIELDS)


@pytest.mark.parametrize("path", INPUTS, ids=[str(p.relative_to(ROOT)) for p in INPUTS])
def test_plain_output_is_the_models_bytes(path):
    try:
        loaded = load(path, ocr="never")
        data = parse_plain(loaded)
    except InputError:
        pytest.skip("not a readable notice here (a broken-file fixture, or a scan without OCR)")
    doc = parse_loaded(loaded)
    assert data == doc.model_dump(mode="json")
    want = _models_json(doc)
    assert list(data) == list(doc.model_dump(mode="json"))
    assert render_output(data, "json") == want.encode("utf-8")  # the command line's path
    assert render_output(doc, "json") == want.encode("utf-8")  # the API's: model_dump_json
    assert doc.to_json() == want
    assert render_output(data, "yaml") == render_output(doc, "yaml")
    assert yaml.safe_load(render_output(data, "yaml")) == json.loads(want)


def _all_encoders(data) -> tuple[str, str, str]:
    """export.dumps by each of its encoders: the small one (a process's first document, no
    orjson or pydantic-core loaded), orjson (a later document), pydantic-core's (loaded)."""
    import orjson
    import pydantic_core

    saved_core, saved_or, written = sys.modules.pop("pydantic_core"), sys.modules.pop("orjson"), export._WRITTEN[0]
    try:
        export._WRITTEN[0] = 0
        small = export.dumps(data)
        assert "orjson" not in sys.modules  # the first document: no import
        sys.modules["orjson"] = saved_or
        fast = export.dumps(data)
    finally:
        sys.modules["pydantic_core"], sys.modules["orjson"], export._WRITTEN[0] = saved_core, saved_or, written
    assert "pydantic_core" in sys.modules and pydantic_core and orjson
    return small, fast, export.dumps(data)


@pytest.mark.parametrize("text", [
    "引号\"与\\反斜杠/斜杠", "控制\x00\x01\x1f\x7f字符\b\f\n\r\t", "\u2028\u2029行分隔", "𠀀𪚥😀非基本平面", "", " ",
    "\ufeff\u3000全角　空格", "\ud7ff\ue000\uffff",
])
def test_every_encoder_writes_what_json_dumps_writes(text):
    data = {"a": [text, {"b": text, "": None}, [], {}, 0, -12, 2**40, True, False, None], text: [[text]], "n": {"x": [{}]}}
    want = json.dumps(data, ensure_ascii=False, indent=2)
    assert _all_encoders(data) == (want, want, want)


def test_a_non_str_key_falls_back_to_json_dumps():
    data = {1: "a", None: [1.5]}
    small, fast, _ = _all_encoders(data)
    assert small == fast == json.dumps(data, ensure_ascii=False, indent=2)


def test_a_second_document_in_a_process_is_written_by_orjson():
    """A one-off command never imports orjson; a process writing documents in a loop does, from its second."""
    code = (
        "import sys; from policy_extract import export\n"
        "a = export.dumps({'k': ['值', 1]}); first = 'orjson' in sys.modules\n"
        "b = export.dumps({'k': ['值', 1]}); print(first, 'orjson' in sys.modules, a == b)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert res.stdout.split() == ["False", "True", "True"]


def test_parse_of_a_text_notice_imports_no_click_pydantic_orjson_yaml_or_rich():
    code = (
        "import sys; from policy_extract.cli import main\n"
        "try:\n    main(['parse', sys.argv[1], '-o', sys.argv[2]])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'pydantic', 'pydantic_core', 'orjson', 'yaml', 'rich', 'openpyxl', 'xlsxwriter', 'pdfplumber', 'pypdfium2', 'docx')))"
    )
    with_tmp = ROOT / "samples" / "hanzhong-2024-function-transformation.txt"
    res = subprocess.run([sys.executable, "-c", code, str(with_tmp), "/dev/null"], capture_output=True, text=True, check=True, cwd=ROOT)
    assert res.stdout.strip() == "[]", res.stdout
