"""The typed objects the product passes around, in their GUIDE.md §4 JSON shapes."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class Clause(BaseModel):
    """The smallest citable provision of the guide."""

    clause_id: str = Field(description="Stable id from the position in the guide's tree, e.g. p3.s1.g2.d4.i2")
    title_path: list[str] = Field(description="The headings above the clause, outermost first")
    text: str = Field(description="The clause text, PDF line wraps joined, paragraphs separated by newlines")
    level: str | None = Field(description="Policy level: 国家级, 自治区级, 市级 or 旗级")
    doc_title: str | None = Field(description="Title of the policy document the clause belongs to")
    doc_number: str | None = Field(description="Document number, e.g. 内工信经运字〔2022〕405 号")
    responsible_units: list[str] = Field(description="Departments named in 〔责任单位：…〕")
    valid_from: date | None = Field(description="Start of the stated policy period")
    valid_until: date | None = Field(description="End of the stated policy period")
    source_span: tuple[int, int] = Field(description="[start, end) character offsets into the raw guide")

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and self.valid_until < today

    def context_text(self) -> str:
        """What retrieval sees: the title path and the text."""
        return " › ".join(self.title_path) + "\n" + self.text
