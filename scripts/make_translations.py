"""Extract the plugin's translatable strings into Qt Linguist .ts files (run by make_translations.sh).

Why not pylupdate5: the algorithms translate through ``DsezaAlgorithm.tr``, whose context
is the *runtime* class name, and through module functions ``tr()`` with their own context;
a small AST walk gets both right, needs no extra Debian package and never executes code.

What is found (string literals only; anything else is reported as a warning):
- ``self.tr("…")`` inside ``class C`` -> context ``C``; a ``self.tr(name)`` inside a ``for``
  over a literal tuple takes the literal strings at ``name``'s place in the loop target;
- ``tr("…")`` where the module defines ``def tr`` calling ``translate("Ctx", …)`` -> ``Ctx``;
- ``QCoreApplication.translate("Ctx", "…"[, "disambiguation"])`` and
  ``QT_TRANSLATE_NOOP("Ctx", "…")``.

Existing translations in the .ts files are kept; messages no longer in the code are marked
``vanished`` (kept for reference, never compiled). Output is sorted and stable.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

SOURCES = ("dseza_twin_plugin", "processing")
SKIP_CONTEXTS = {"QgsBlockingNetworkRequest"}  # QGIS's own messages, matched, not translated by us


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


class Extractor(ast.NodeVisitor):
    def __init__(self, path: Path, rel: str, tree: ast.Module):
        self.rel = rel
        self.path = path
        self.classes: list[str] = []
        self.loops: list[ast.For] = []
        self.messages: list[tuple[str, str, str, str]] = []  # context, source, comment, location
        self.warnings: list[str] = []
        self.module_context = None
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and _func_name(call) == "translate" and call.args:
                        self.module_context = _literal(call.args[0])

    def add(self, context, source, comment, node):
        if context in SKIP_CONTEXTS:
            return
        self.messages.append((context, source, comment or "", self.rel))

    def warn(self, node, what):
        self.warnings.append("{}:{}: {}".format(self.rel, node.lineno, what))

    def visit_ClassDef(self, node):  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_For(self, node):  # noqa: N802 - ast API
        self.loops.append(node)
        self.generic_visit(node)
        self.loops.pop()

    def _loop_literals(self, name: str):
        """The literal strings a loop variable takes, when the loop runs over a literal tuple/list."""
        for loop in reversed(self.loops):
            target = loop.target
            if isinstance(target, ast.Name) and target.id == name and isinstance(loop.iter, ast.Tuple | ast.List):
                values = [_literal(e) for e in loop.iter.elts]
                return values if None not in values else None
            if isinstance(target, ast.Tuple) and isinstance(loop.iter, ast.Tuple | ast.List):
                names = [t.id if isinstance(t, ast.Name) else None for t in target.elts]
                if name in names:
                    index = names.index(name)
                    values = []
                    for element in loop.iter.elts:
                        if not isinstance(element, ast.Tuple | ast.List) or len(element.elts) != len(names):
                            return None
                        values.append(_literal(element.elts[index]))
                    return values if None not in values else None
        return None

    def visit_Call(self, node):  # noqa: N802 - ast API
        name = _func_name(node)
        is_self_tr = (name == "tr" and isinstance(node.func, ast.Attribute)
                      and isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
        is_module_tr = name == "tr" and isinstance(node.func, ast.Name)
        if (is_self_tr or is_module_tr) and node.args:
            context = (self.classes[-1] if self.classes else None) if is_self_tr else self.module_context
            source = _literal(node.args[0])
            if context is None:
                self.warn(node, "tr() with no known context")
            elif source is not None:
                self.add(context, source, None, node)
            elif isinstance(node.args[0], ast.Name) and self._loop_literals(node.args[0].id):
                for value in self._loop_literals(node.args[0].id):
                    self.add(context, value, None, node)
            elif not (isinstance(node.args[0], ast.Name) and node.args[0].id == "text"):
                self.warn(node, "tr() of a non-literal: {}".format(ast.unparse(node.args[0])))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, source = _literal(node.args[0]), _literal(node.args[1])
            comment = _literal(node.args[2]) if len(node.args) > 2 else None
            if context is not None and source is not None:
                self.add(context, source, comment, node)
            elif not (isinstance(node.args[1], ast.Name) and node.args[1].id == "text") \
                    and not isinstance(node.args[1], ast.Subscript):  # a table marked by QT_TRANSLATE_NOOP
                self.warn(node, "{}() of a non-literal".format(name))
        self.generic_visit(node)


def _func_name(call: ast.Call):
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def extract(root: Path):
    messages: dict[tuple[str, str, str], list[str]] = {}
    warnings: list[str] = []
    for folder in SOURCES:
        for path in sorted((root / folder).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            rel = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
            extractor = Extractor(path, rel, tree)
            extractor.visit(tree)
            warnings.extend(extractor.warnings)
            for context, source, comment, location in extractor.messages:
                locations = messages.setdefault((context, source, comment), [])
                if location not in locations:
                    locations.append(location)
    return messages, warnings


def read_ts(path: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(context, source, comment) -> (translation, type) of an existing .ts file."""
    known = {}
    if not path.exists():
        return known
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else ""
            key = (name, message.findtext("source", ""), message.findtext("comment", "") or "")
            known[key] = (text, kind)
    return known


def write_ts(path: Path, language: str, messages, known) -> tuple[int, int, int]:
    keys = set(messages)
    vanished = {k: v for k, v in known.items() if k not in keys and v[0]}
    contexts = sorted({k[0] for k in keys} | {k[0] for k in vanished})
    finished = unfinished = 0
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="{}" sourcelanguage="en_US">'.format(language)]
    for context in contexts:
        lines += ["<context>", "    <name>{}</name>".format(escape(context))]
        entries = sorted([k for k in keys if k[0] == context] + [k for k in vanished if k[0] == context],
                         key=lambda k: (k[1], k[2]))
        for key in entries:
            lines.append("    <message>")
            for filename in messages.get(key, []):  # no line numbers: they would churn the file at every edit
                lines.append('        <location filename="../{}"/>'.format(escape(filename)))
            lines.append("        <source>{}</source>".format(escape(key[1])))
            if key[2]:
                lines.append("        <comment>{}</comment>".format(escape(key[2])))
            text, kind = known.get(key, ("", ""))
            if key not in keys:
                lines.append('        <translation type="vanished">{}</translation>'.format(escape(text)))
            elif text and kind != "unfinished":
                lines.append("        <translation>{}</translation>".format(escape(text)))
                finished += 1
            else:
                lines.append('        <translation type="unfinished">{}</translation>'.format(escape(text)))
                unfinished += 1
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return finished, unfinished, len(vanished)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("languages", nargs="*", default=["vi"])
    args = parser.parse_args(argv)
    messages, warnings = extract(args.root)
    for warning in warnings:
        print("make_translations: warning: {}".format(warning), file=sys.stderr)
    for language in args.languages:
        path = args.root / "i18n" / "dseza_twin_{}.ts".format(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        finished, unfinished, vanished = write_ts(path, language, messages, read_ts(path))
        print("make_translations: {}: {} message(s), {} translated, {} unfinished, {} vanished".format(
            path.relative_to(args.root), len(messages), finished, unfinished, vanished), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
