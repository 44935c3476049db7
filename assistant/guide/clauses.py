"""The guide as a tree of headings and clauses.

Parts (篇) › sections (部分) › policy levels (国家级 / 自治区 / 市级 / 旗级) › policy documents
(``——title`` lines) › headed items (``一、`` ``（一）`` ``1.`` ``（1）`` ``①`` ``——`` ``※`` ``第X条``).
Headings form each clause's ``title_path``; a clause is the smallest provision a person would
cite: one bullet, one numbered item, one paragraph.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from assistant.guide.metadata import (
    Period,
    doc_number_of,
    infer_level,
    period_of_clause,
    period_of_document,
    responsible_units_of,
    strip_doc_number,
)
from assistant.guide.pages import PageMap
from assistant.guide.text import Paragraph, paragraphs
from assistant.models import Clause
from assistant.quantities import parse_number

# An item whose text with all its sub-items is longer than this is split into its sub-items.
SPLIT_CHARS = 600
# A plain paragraph shorter than this (a table row, a price line) joins the clause before it.
SHORT_PARAGRAPH_CHARS = 50
# A marked line this short with no sentence punctuation is a heading, not a provision.
HEADING_MAX_CHARS = 40

NodeKind = Literal["root", "part", "section", "level", "document", "item"]

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

PART = re.compile(r"^第([一二三四五六七八九十]+)篇")
SECTION = re.compile(r"^第([一二三四五六七八九十]+)部分")
LEVEL_GROUP = re.compile(
    r"^（[一二三四]）(国家级|内蒙古自治区|自治区级|鄂尔多斯市级?|市级|旗级|伊金霍洛旗)政策$"
)
ITEM_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("article", re.compile(r"^第([一二三四五六七八九十]+)条")),
    ("cn", re.compile(r"^([一二三四五六七八九十]+)、")),
    ("paren_cn", re.compile(r"^（([一二三四五六七八九十]+)）")),
    ("arabic", re.compile(r"^(\d{1,2})[.．、](?!\d)")),
    ("paren_arabic", re.compile(r"^（(\d{1,2})）")),
    ("circled", re.compile(f"^([{CIRCLED}])")),
    ("ref", re.compile(r"^※()")),
    ("dash", re.compile(r"^——()")),
]


def cn_number(text: str) -> int:
    """The number of an item marker: 12, 十五, ③; 0 when it has none."""
    return int(parse_number(text) or 0)


@dataclass
class Node:
    kind: NodeKind
    para: Paragraph | None
    marker: str = ""
    number: int = 0
    content: list[Paragraph] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    in_document: bool = False

    @property
    def text(self) -> str:
        return self.para.text if self.para else ""

    def add(self, child: Node) -> Node:
        child.parent = self
        child.in_document = self.in_document or self.kind == "document" or child.kind == "document"
        self.children.append(child)
        return child

    def subtree_paragraphs(self) -> list[Paragraph]:
        out = [self.para] if self.para else []
        out.extend(self.content)
        for child in self.children:
            out.extend(child.subtree_paragraphs())
        return out

    def is_heading(self) -> bool:
        if self.kind in ("root", "part", "section", "level", "document"):
            return True
        if self.marker == "ref":
            return True
        if not (self.children or self.content):
            return False
        body = re.sub(r"^(第[一二三四五六七八九十]+条|[一二三四五六七八九十]+、|（[^）]{1,3}）|\d{1,2}[.．、]|——)", "", self.text)
        body = body.removesuffix("。")
        return len(body) <= HEADING_MAX_CHARS and not re.search(r"[。；]", body)

    def label(self) -> str:
        """How the node appears in a title path: the heading, or an item's lead phrase."""
        if self.is_heading():
            return self.text
        lead = re.split(r"[。；：:]", self.text, maxsplit=1)[0]
        return lead if len(lead) <= HEADING_MAX_CHARS else lead[:HEADING_MAX_CHARS] + "…"


def _is_document_title(text: str) -> bool:
    if not text.startswith("——") or re.search(r"[。；：]", text):
        return False
    return bool(
        re.search(r"(政策|措施|办法|意见|通知|方案|规定|细则|决定|清单|条例|纲要|计划|指南)", text)
        and re.search(r"(）|通知|意见|措施|办法|方案|政策|清单|计划|指南|细则|规定|决定|纲要|条例|号）)$", text)
    )


BARE_TITLE = re.compile(r"^关于[^。，；：]{4,60}(公告|通知|决定|措施|办法|意见|方案)(（试行）)?$")


def _merge_bare_titles(paras: list[Paragraph]) -> list[Paragraph]:
    """A document given as a bare title line (``关于…若干措施（试行）``), perhaps followed by its
    number line (``财政部…公告 2020 年第 23 号``), becomes a ``——title（number）`` document."""
    out: list[Paragraph] = []
    i = 0
    while i < len(paras):
        para = paras[i]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if BARE_TITLE.match(para.text) and not (nxt and doc_number_of(nxt.text) == nxt.text.strip()):
            out.append(replace(para, text=f"——{para.text}"))
            i += 1
            continue
        if nxt and BARE_TITLE.match(para.text) and doc_number_of(nxt.text) == nxt.text.strip():
            out.append(Paragraph(text=f"——{para.text}（{nxt.text}）", start=para.start, end=nxt.end))
            i += 2
            continue
        out.append(para)
        i += 1
    return out


def _classify(para: Paragraph) -> tuple[NodeKind | None, str, int]:
    text = para.text
    if m := PART.match(text):
        return "part", "part", cn_number(m.group(1))
    if m := SECTION.match(text):
        return "section", "section", cn_number(m.group(1))
    if LEVEL_GROUP.match(text):
        return "level", "level", 0
    if _is_document_title(text):
        return "document", "document", 0
    for marker, pattern in ITEM_MARKERS:
        if m := pattern.match(text):
            return "item", marker, cn_number(m.group(1)) if m.group(1) else 0
    return None, "", 0


FIXED_RANK = {"root": -1, "part": 0, "section": 1, "level": 2}


def build_tree(paras: Iterable[Paragraph]) -> Node:
    """Nest the paragraphs: fixed ranks for parts, sections and levels; documents under the
    nearest node outside any document; items by marker type and numbering continuity."""
    root = Node("root", None)
    stack: list[Node] = [root]

    def pop_to_rank(rank: int) -> None:
        while FIXED_RANK.get(stack[-1].kind, 99) >= rank:
            stack.pop()

    for para in _merge_bare_titles(list(paras)):
        kind, marker, number = _classify(para)
        if kind is None:
            stack[-1].content.append(para)
            continue
        node = Node(kind, para, marker, number)
        if kind in FIXED_RANK:
            pop_to_rank(FIXED_RANK[kind])
        elif kind == "document":
            while stack[-1].in_document or stack[-1].kind == "document":
                stack.pop()
        else:
            _place_item(stack, node)
        stack[-1].add(node)
        stack.append(node)
    return root


def _place_item(stack: list[Node], node: Node) -> None:
    """Pop the stack so that ``stack[-1]`` becomes the parent of ``node``.

    Same-marker items are siblings when their numbers run on (（二） after （一）); a ``1``
    opens a new list under the current node. An item that continues the numbering of a
    heading outside the current document closes the document.
    """
    fixed_floor = max(i for i, n in enumerate(stack) if n.kind in FIXED_RANK)
    doc_floor = max(i for i, n in enumerate(stack) if n.kind in FIXED_RANK or n.kind == "document")
    same = [i for i in range(len(stack) - 1, doc_floor, -1) if stack[i].marker == node.marker]
    if node.marker in ("dash", "ref"):
        if same:
            del stack[same[0] :]
        return
    previous = [i for i in same if stack[i].number == node.number - 1]
    if previous:
        del stack[previous[0] :]
        return
    if node.number == 1:
        # A new numbered list starts under the current node; body bullets before it end.
        while len(stack) - 1 > doc_floor and stack[-1].marker == "dash" and not stack[-1].is_heading():
            stack.pop()
        return
    outside = [
        i
        for i in range(doc_floor, fixed_floor, -1)
        if stack[i].marker == node.marker and stack[i].number == node.number - 1
    ]
    if outside:
        del stack[outside[0] :]
    elif same:
        del stack[same[0] :]


@dataclass
class _Draft:
    paras: list[Paragraph]
    path: list[str]
    node: Node


def _emit(node: Node, path: list[str], drafts: list[_Draft], headings: list[Paragraph]) -> None:
    if node.is_heading():
        sub_path = path + [node.text] if node.para else path
        if node.para:
            headings.append(node.para)
        for group in _group_content(node.content):
            drafts.append(_Draft(group, sub_path, node))
        for child in node.children:
            _emit(child, sub_path, drafts, headings)
        return
    subtree = node.subtree_paragraphs()
    if not node.children or sum(len(p.text) for p in subtree) <= SPLIT_CHARS:
        drafts.append(_Draft(subtree, path, node))
        return
    assert node.para is not None
    drafts.append(_Draft([node.para, *node.content], path, node))
    for child in node.children:
        _emit(child, path + [node.label()], drafts, headings)


def _group_content(content: list[Paragraph]) -> list[list[Paragraph]]:
    groups: list[list[Paragraph]] = []
    for para in content:
        if groups and len(para.text) < SHORT_PARAGRAPH_CHARS:
            groups[-1].append(para)
        else:
            groups.append([para])
    return groups


def _ids(drafts: list[_Draft]) -> list[str]:
    """Stable ids from the position in the tree: p3.s1.g2.d4.i2.i1 (+ .cN for content)."""
    prefix = {"part": "p", "section": "s", "level": "g", "document": "d", "item": "i"}
    ids: list[str] = []
    for draft in drafts:
        node = draft.node
        chain: list[str] = []
        cur: Node | None = node
        while cur is not None and cur.parent is not None:
            index = cur.parent.children.index(cur) + 1
            chain.append(f"{prefix[cur.kind]}{index}")
            cur = cur.parent
        base = ".".join(reversed(chain))
        if draft.paras[0] is not node.para:
            groups = _group_content(node.content)
            position = next(i for i, g in enumerate(groups) if g[0] is draft.paras[0]) + 1
            base = f"{base}.c{position}" if base else f"c{position}"
        ids.append(base)
    return ids


def parse_guide(raw: str) -> tuple[list[Clause], list[Paragraph]]:
    """Parse the raw guide into clauses (document order) and the heading paragraphs."""
    root = build_tree(paragraphs(raw))
    drafts: list[_Draft] = []
    headings: list[Paragraph] = []
    _emit(root, [], drafts, headings)
    ids = _ids(drafts)
    page_map = PageMap.of(raw)
    clauses = [_to_clause(draft, clause_id, page_map) for draft, clause_id in zip(drafts, ids)]
    _fill_levels(clauses)
    return clauses, headings


def _fill_levels(clauses: list[Clause]) -> None:
    """A clause with no level cue of its own takes the commonest level of the clauses under
    the same top two headings; failing that, the part's (a banner guide: 旗级)."""
    by_group: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    by_part: dict[str, Counter[str]] = defaultdict(Counter)
    for clause in clauses:
        if clause.level:
            by_group[tuple(clause.title_path[:2])][clause.level] += 1
            by_part[clause.title_path[0] if clause.title_path else ""][clause.level] += 1
    for clause in clauses:
        if clause.level is None:
            votes = by_group.get(tuple(clause.title_path[:2])) or by_part.get(
                clause.title_path[0] if clause.title_path else ""
            )
            clause.level = votes.most_common(1)[0][0] if votes else "旗级"


def _lineage(node: Node) -> list[Node]:
    """The node and its ancestors, innermost first."""
    out: list[Node] = []
    cur: Node | None = node
    while cur is not None:
        out.append(cur)
        cur = cur.parent
    return out


def _to_clause(draft: _Draft, clause_id: str, page_map: PageMap) -> Clause:
    node = draft.node
    chain = _lineage(node)
    doc = next((n for n in chain if n.kind == "document"), None)
    text = "\n".join(p.text for p in draft.paras)
    doc_title = strip_doc_number(doc.text.removeprefix("——")) if doc else None
    level = None
    for n in chain:
        if n.kind == "level":
            level = infer_level(n.text)
            break
    if level is None and doc is not None:
        level = infer_level(doc_title or "")
    if level is None:
        level = infer_level(text)
    period = period_of_clause(text)
    if period is None:
        period = _inherited_period(node, doc)
    return Clause(
        clause_id=clause_id,
        title_path=list(draft.path),
        text=text,
        level=level,
        doc_title=doc_title,
        doc_number=doc_number_of(doc.text) if doc else None,
        responsible_units=responsible_units_of(text),
        valid_from=period.start if period else None,
        valid_until=period.end if period else None,
        source_span=(draft.paras[0].start, draft.paras[-1].end),
        pages=page_map.pages((draft.paras[0].start, draft.paras[-1].end)),
    )


def _inherited_period(node: Node, doc: Node | None) -> Period | None:
    """A period stated by a heading's own paragraphs or by the enclosing document."""
    cur: Node | None = node.parent if node.kind != "document" else node
    while cur is not None and cur is not doc:
        for para in cur.content:
            if found := period_of_clause(para.text):
                return found
        cur = cur.parent
    if doc is not None:
        return period_of_document(doc.text, [p.text for p in doc.subtree_paragraphs()])
    return None
