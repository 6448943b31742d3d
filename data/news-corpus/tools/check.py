#!/usr/bin/env python3
"""Validate labelled-corpus files. usage: check.py FILE [FILE...]  (also checks URL duplicates
against every other *.jsonl in the same folder)"""
import glob, json, os, re, sys, collections

EVENT_TYPES = set("""diplomacy.leader_call diplomacy.summit diplomacy.official_talks diplomacy.statement
trade.tariffs trade.talks trade.export_controls sanctions monetary.policy_decision monetary.guidance
fiscal.policy fiscal.rating_action election conflict.military conflict.tension
government.leadership_change government.crisis regulation.action public_health.policy""".split())
ASSETS = set("""UST_YIELDS UST_2Y UST_3Y UST_5Y UST_10Y UST_30Y BUND_YIELDS BUND_2Y BUND_10Y BUND_30Y EGB_YIELDS
OAT_YIELDS OAT_10Y BTP_YIELDS BTP_2Y BTP_10Y GILT_YIELDS GILT_2Y GILT_10Y GILT_30Y JGB_YIELDS JGB_2Y JGB_5Y
JGB_10Y JGB_30Y CGB_YIELDS CGB_10Y IGB_YIELDS IGB_10Y AR_BOND_YIELDS EM_BOND_YIELDS GLOBAL_BOND_YIELDS
BTP_BUND_SPREAD OAT_BUND_SPREAD CREDIT_SPREADS DXY YUAN USDCNY USDCNH CNY_FIX EURUSD USDJPY EURJPY GBPUSD
AUDUSD USDCAD USDCHF USDRUB USDMXN USDTRY USDINR USDKRW USDBRL USDARS USDPEN USDZAR EM_FX US_EQUITIES SPX
NASDAQ NDX DJIA RUSSELL2000 CN_EQUITIES CSI300 SHCOMP SZCOMP HK_EQUITIES HSI HSCEI JP_EQUITIES NIKKEI TOPIX
KR_EQUITIES KOSPI KOSDAQ IN_EQUITIES NIFTY50 SENSEX UK_EQUITIES FTSE100 FTSE250 EU_EQUITIES STOXX600
EUROSTOXX50 DAX CAC40 FTSEUROFIRST300 FTSEMIB IBEX35 AR_EQUITIES MERVAL TR_EQUITIES BIST100 RU_EQUITIES RTS
MOEX AU_EQUITIES ASX200 EM_EQUITIES GLOBAL_EQUITIES OIL OIL_BRENT OIL_WTI NATGAS GOLD SILVER COPPER SOYBEANS
WHEAT CORN BTC VIX RISK_SENTIMENT""".split())
ISO_PAIR = re.compile(r"^[A-Z]{6}$")
DIRS = {"up", "down", "flat", "mixed"}
MODS = {"realized", "expected", "conditional"}
REQ = ["id", "title", "body", "published_at", "source", "outlet", "outlet_country", "url", "date_basis", "story", "story_countries", "gold"]

def main(files):
    errors = 0
    def err(where, msg):
        nonlocal errors
        errors += 1
        print(f"{where}: {msg}")
    mine = set(files)
    others = collections.defaultdict(list)
    folders = {os.path.dirname(os.path.abspath(f)) for f in files}
    for f in (g for d in folders for g in glob.glob(os.path.join(d, "*.jsonl"))):
        if any(os.path.samefile(f, m) for m in mine):
            continue
        for line in open(f, encoding="utf-8"):
            try:
                o = json.loads(line)
                others[o.get("url")].append(f)
            except Exception:
                pass
    for f in files:
        urls, ids, outlets = {}, set(), collections.Counter()
        stats = collections.Counter()
        for n, line in enumerate(open(f, encoding="utf-8"), 1):
            where = f"{f}:{n}"
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except Exception as e:
                err(where, f"not JSON: {e}"); continue
            for k in REQ:
                if k not in o:
                    err(where, f"missing field {k}")
            if o.get("id") in ids:
                err(where, f"duplicate id {o.get('id')}")
            ids.add(o.get("id"))
            u = o.get("url")
            if u in urls:
                err(where, f"url already used on line {urls[u]}")
            urls[u] = n
            if u in others:
                err(where, f"url already used in {others[u]}")
            outlets[o.get("source")] += 1
            body = o.get("body") or ""
            if not (150 <= len(body) <= 1600):
                err(where, f"body length {len(body)} (150..1500)")
            pa = o.get("published_at")
            if not (isinstance(pa, str) and re.match(r"^(200[5-9]|201\d|202[0-6])-\d\d-\d\dT", pa)):
                err(where, f"published_at {pa!r} must be ISO and 2005-2026")
            if o.get("date_basis") not in ("page", "url", "inferred"):
                err(where, "date_basis must be page|url|inferred")
            text = (o.get("title") or "") + "\n\n" + body
            g = o.get("gold") or {}
            for e in g.get("events", []):
                types = e.get("any_of") or [e.get("type")]
                for t in types:
                    if t not in EVENT_TYPES:
                        err(where, f"unknown event type {t}")
                cs = e.get("countries")
                if not cs or any(not re.match(r"^[A-Z]{2}$", c) for c in cs):
                    err(where, f"event countries {cs!r} must be ISO2 codes")
                ev = e.get("evidence")
                if not ev or ev not in text:
                    err(where, f"event evidence not a verbatim substring: {ev!r}")
            for m in g.get("notes", []):
                a = m.get("asset")
                if a not in ASSETS and not ISO_PAIR.match(a or "") and not re.match(r"^(EM|GLOBAL)_[A-Z_]+$", a or ""):
                    err(where, f"unknown asset {a}")
                if m.get("direction") not in DIRS:
                    err(where, f"direction {m.get('direction')}")
                if m.get("modality") not in MODS:
                    err(where, f"modality {m.get('modality')}")
                ev = m.get("evidence")
                if not ev or ev not in text:
                    err(where, f"note evidence not a verbatim substring: {ev!r}")
            if not isinstance(g.get("linked"), bool):
                err(where, "linked must be true/false")
            if g.get("linked") and (not g.get("events") or not g.get("notes")):
                err(where, "linked true needs events and notes")
            stats["passages"] += 1
            if not g.get("notes") or not g.get("events"):
                stats["negatives"] += 1
        for s, c in outlets.items():
            if c > 3 and os.path.basename(f).startswith("batch-"):
                err(f, f"outlet {s} used {c} times (max 3)")
        print(f"{f}: {dict(stats)} outlets={len(outlets)}")
    print(f"{errors} problem(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
