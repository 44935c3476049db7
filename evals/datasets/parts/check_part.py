"""Check a dataset part file: every evidence quote is verbatim in the guide (whitespace ignored)."""
import json
import re
import sys
from pathlib import Path

RAW = Path(__file__).resolve().parents[3] / "corpus/raw/ejin-horo-investment-policy-guide.txt"
TYPES = {"fact", "numeric", "calc", "multi_clause", "list", "eligibility", "out_of_scope"}


def squash(s: str) -> str:
    s = re.sub(r"(?m)^\s*\d{1,3}\s*$", "", s)  # page numbers
    return re.sub(r"\s+", "", s)


guide = squash(RAW.read_text(encoding="utf-8"))
ok = True
ids = set()
for n, line in enumerate(Path(sys.argv[1]).read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    item = json.loads(line)
    if item["id"] in ids:
        print(f"line {n}: duplicate id {item['id']}"); ok = False
    ids.add(item["id"])
    if item["type"] not in TYPES:
        print(f"line {n}: bad type {item['type']}"); ok = False
    if item["type"] == "calc" and "calc" not in item:
        print(f"line {n}: calc item without calc"); ok = False
    if item["type"] == "out_of_scope" and item["evidence"]:
        print(f"line {n}: out_of_scope with evidence"); ok = False
    if item["type"] != "out_of_scope" and not item["evidence"]:
        print(f"line {n}: no evidence"); ok = False
    for ev in item["evidence"]:
        c = guide.count(squash(ev))
        if c == 0:
            print(f"line {n} ({item['id']}): evidence not found: {ev}"); ok = False
    for num in item.get("answer_numbers", []):
        if not re.search(r"[0-9]", num):
            print(f"line {n}: answer_numbers must contain a digit: {num}"); ok = False
print("OK" if ok else "PROBLEMS", len(ids), "items")
