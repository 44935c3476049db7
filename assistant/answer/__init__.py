"""Answering: the question model, the chain, the extractive and LLM answerers, scope and refusal,
verification and hotline drafts."""
