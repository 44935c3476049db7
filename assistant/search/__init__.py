"""Finding clauses: the vector and keyword indexes, the glossary and colloquial terms, retrieval, ingest."""
