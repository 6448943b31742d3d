#!/usr/bin/env python3
"""Inter-annotator agreement, scored the way the tagger is scored.

usage: agree.py [FIRST.jsonl SECOND.jsonl] [--score ../shared/eval/score.py] [-v]

The first labeller's labels are taken as gold and the second's as a prediction (F1 is symmetric;
precision and recall swap). Where the second labeller wrote any_of, the option the first
labeller also used is taken.
"""
import json, os, subprocess, sys, tempfile

args = [a for a in sys.argv[1:] if not a.startswith("-") and not a.endswith("score.py")]
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "agreement")
first_p = args[0] if args else os.path.join(here, "first-labeller.jsonl")
second_p = args[1] if len(args) > 1 else os.path.join(here, "second-labeller.jsonl")
score = sys.argv[sys.argv.index("--score") + 1] if "--score" in sys.argv else "../shared/eval/score.py"
load = lambda p: {o["id"]: o for o in (json.loads(l) for l in open(p, encoding="utf-8") if l.strip())}
first, second = load(first_p), load(second_p)
with tempfile.TemporaryDirectory() as d:
    gold_p, pred_p = f"{d}/gold.jsonl", f"{d}/pred.jsonl"
    with open(gold_p, "w") as gf, open(pred_p, "w") as pf:
        for pid, s in sorted(second.items()):
            a = first[pid]
            gf.write(json.dumps({"id": pid, "gold": a["gold"]}) + "\n")
            used = {t for e in a["gold"]["events"] for t in (e.get("any_of") or [e["type"]])}
            events = []
            for e in s["gold"]["events"]:
                options = e.get("any_of") or [e["type"]]
                events.append({"type": next((t for t in options if t in used), options[0])})
            notes = [{k: n[k] for k in ("asset", "direction", "modality")} for n in s["gold"]["notes"]]
            links = [{"event": "e1", "note": "n1"}] if s["gold"]["linked"] else []
            pf.write(json.dumps({"id": pid, "political_events": events, "market_notes": notes, "links": links}) + "\n")
    cmd = ["python3", score, gold_p, pred_p] + (["--verbose"] if "-v" in sys.argv else [])
    print(f"{len(second)} passages labelled twice; first labeller as gold, second as prediction")
    print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout, end="")
