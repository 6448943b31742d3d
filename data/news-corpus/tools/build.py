#!/usr/bin/env python3
"""Merge labelled batches into the project's corpus and split it once, by story and outlet.

usage: build.py OUT_DIR [--seed N] [--heldout-min 130]

Passages that share a story slug or an outlet (source domain) are one group (connected
components), so the held-out part has no story and no outlet in common with the rest.
Groups are shuffled with the seed and taken into held-out until it holds heldout-min
passages; the rest is train/dev, assigned to 5 folds by group for k-fold figures.
"""
import collections, glob, hashlib, json, os, random, sys
INPUT = os.environ.get("CORPUS_BATCHES", "data/news-corpus/*.jsonl")

def main(argv):
    out = argv[1]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 20261206
    hmin = int(argv[argv.index("--heldout-min") + 1]) if "--heldout-min" in argv else 130
    rows, seen = [], set()
    for f in sorted(glob.glob(INPUT)):
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            o = json.loads(line)
            if o["url"] in seen:
                continue
            seen.add(o["url"])
            o.pop("fold", None)
            rows.append(o)
    rows.sort(key=lambda o: o["id"])  # the split must not depend on the order files are read
    parent = list(range(len(rows)))
    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    def union(i, j):
        parent[find(i)] = find(j)
    first = {}
    for i, o in enumerate(rows):
        for key in ("story:" + o["story"], "outlet:" + o["source"].lower().removeprefix("www.")):
            if key in first:
                union(i, first[key])
            else:
                first[key] = i
    groups = collections.defaultdict(list)
    for i in range(len(rows)):
        groups[find(i)].append(i)
    order = sorted(groups.values(), key=lambda g: rows[g[0]]["id"])
    rnd = random.Random(seed)
    rnd.shuffle(order)
    total = len(rows)
    held, rest = [], []
    for g in order:
        # a giant component (an outlet used across many stories) stays in train
        if len(held) < hmin and len(g) <= max(8, total // 20):
            held.extend(g)
        else:
            rest.append(g)
    folds = {}
    sizes = [0] * 5
    for g in sorted(rest, key=len, reverse=True):
        k = sizes.index(min(sizes))
        sizes[k] += len(g)
        for i in g:
            folds[i] = k
    def dump(path, idx, with_fold):
        with open(path, "w", encoding="utf-8") as f:
            for i in sorted(idx, key=lambda i: rows[i]["id"]):
                o = dict(rows[i])
                if with_fold:
                    o["fold"] = folds[i]
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    train_idx = [i for g in rest for i in g]
    dump(f"{out}/train.jsonl", train_idx, True)
    dump(f"{out}/heldout.jsonl", held, False)
    h = hashlib.sha256()
    for p in ("train.jsonl", "heldout.jsonl"):
        h.update(open(f"{out}/{p}", "rb").read())
    print(json.dumps({"seed": seed, "passages": total, "train": len(train_idx), "heldout": len(held),
                      "groups": len(order), "fold_sizes": sizes, "sha256": h.hexdigest()}))

if __name__ == "__main__":
    main(sys.argv)
