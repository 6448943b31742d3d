#!/usr/bin/env python3
"""Lists taxonomy phrases (two words or more) that occur in exactly one labelled passage.

A phrase seen in one passage only may be a rule written for that passage (issue 14 forbids
them). Most hits are ordinary market vocabulary (a currency's name, an index) that the small
corpus happens to hold once; read the list and keep what is general wording.

usage: data/news-corpus/tools/single_passage_phrases.py [BASE_GIT_REF]
  with BASE_GIT_REF, only phrases added since that commit are listed.
Run from the repository root.
"""
import json
import re
import subprocess
import sys

TAXONOMY = ["config/taxonomy/events.yaml", "config/taxonomy/lexicon.yaml", "config/taxonomy/assets.yaml",
            "config/taxonomy/currencies.yaml", "config/taxonomy/institutions.yaml", "config/taxonomy/countries.yaml"]
LABELLED = ["data/news-corpus/train.jsonl", "data/news-corpus/heldout.jsonl", "../shared/eval/dev.jsonl",
            "streams-app/src/test/resources/tagging/labelled.jsonl", "config/eval/heldout-2026-11-29.jsonl"]


def phrases(text):
    found = set()
    for m in re.finditer(r"\[([^\[\]]*)\]", text):
        for p in m.group(1).split(","):
            p = p.strip().strip("\"'").lower()
            if len(p.split()) >= 2:
                found.add(p)
    return found


def main():
    now = set()
    for f in TAXONOMY:
        now |= phrases(open(f, encoding="utf-8").read())
    if len(sys.argv) > 1:
        before = set()
        for f in TAXONOMY:
            shown = subprocess.run(["git", "show", f"{sys.argv[1]}:{f}"], capture_output=True, text=True)
            before |= phrases(shown.stdout)
        now -= before
    texts = []
    for f in LABELLED:
        try:
            for line in open(f, encoding="utf-8"):
                d = json.loads(line)
                texts.append((f, d["id"], (d.get("title", "") + " " + d.get("body", "")).lower()))
        except FileNotFoundError:
            print(f"(skipped: {f} not found)", file=sys.stderr)
    for p in sorted(now):
        hits = [(f, i) for f, i, t in texts if re.search(r"\b" + re.escape(p) + r"\b", t)]
        if len(hits) == 1:
            print(f"{p}\t{hits[0][0]}\t{hits[0][1]}")


if __name__ == "__main__":
    main()
