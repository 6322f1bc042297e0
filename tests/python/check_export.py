"""Reads files written by `seizurectl export` with pandas (CSV) and pyarrow (Parquet) and checks
that every column has the type an analyst expects; prints one JSON line with what it read.

Usage: check_export.py EVENTS.csv EVENTS.parquet EVENTS.jsonl
"""
import json
import sys

import pandas as pd

csv_path, parquet_path, jsonl_path = sys.argv[1:4]
csv = pd.read_csv(csv_path, parse_dates=["bulletin_time"], keep_default_na=False,
                  na_values={"original_amount": [""], "bulletin_time": [""]})
parquet = pd.read_parquet(parquet_path, engine="pyarrow")
jsonl = pd.read_json(jsonl_path, lines=True)

expected = {
    "amount": "float64",
    "corrected": "bool",
    "not_an_event": "bool",
    "added": "bool",
    "date_resolved": "bool",
    "evidence_start": "int",
    "evidence_end": "int",
    "original_amount": "float64",
}
problems = []
for name, frame in [("csv", csv), ("parquet", parquet), ("jsonl", jsonl)]:
    for column, kind in expected.items():
        dtype = str(frame[column].dtype)
        if not dtype.startswith(kind) and not (kind == "int" and dtype.startswith("uint")):
            problems.append(f"{name}.{column} is {dtype}, not {kind}")
for name, frame in [("csv", csv), ("parquet", parquet)]:
    dtype = str(frame["bulletin_time"].dtype)
    if not dtype.startswith("datetime64") or "UTC" not in dtype:
        problems.append(f"{name}.bulletin_time is {dtype}, not a UTC datetime")
if list(csv.columns) != list(parquet.columns) or list(csv.columns) != list(jsonl.columns):
    problems.append("the formats' columns differ")
if not (len(csv) == len(parquet) == len(jsonl)):
    problems.append("the formats' row counts differ")
corrected = parquet[parquet["corrected"]]
print(json.dumps({
    "rows": len(parquet),
    "problems": problems,
    "corrected": corrected[["event_id", "amount", "original_amount", "reviewer"]]
    .to_dict("records"),
    "csv_amounts": sorted(csv["amount"].tolist()) == sorted(parquet["amount"].tolist()),
}))
