"""The guide as data: its raw text, its clauses with metadata and source spans, the clause store."""
