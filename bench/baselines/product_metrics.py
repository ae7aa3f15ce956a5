"""pandas baseline for bench/product.bench.ts: the ten product metrics of interdep (src/metrics/families/product.ts)
on one BACI-like year, with the rules of bench/baselines/product-metrics.R (the R baseline; read its header).

Usage: python3 bench/baselines/product_metrics.py <trade.csv> <hs_bec.csv> <bec_class.csv> <out.csv>
Prints one JSON line: read_seconds (CSV parse), compute_seconds (all ten metrics), rows. pandas runs on one thread.
"""
import json
import sys
import time

import numpy as np
import pandas as pd

CLASSES = ["primary", "intermediate", "capital", "consumption"]
DYAD = ["year", "importer", "exporter"]


def hhi_by(df, keys, value="v"):
    """sum(v^2) / (sum(v) * sum(v)) over the rows of each group of keys."""
    t = df.assign(_sq=df[value] * df[value]).groupby(keys, sort=False).agg(s=(value, "sum"), sq=("_sq", "sum"))
    return (t["sq"] / (t["s"] * t["s"])).rename("value").reset_index()


def main(trade_csv, hs_bec_csv, bec_class_csv, out_csv):
    t0 = time.perf_counter()
    tp = pd.read_csv(trade_csv, dtype={"year": "int32", "exporter": str, "importer": str, "product": str, "value_usd": "float64"},
                     usecols=["year", "exporter", "importer", "product", "value_usd"], keep_default_na=False, na_values=[""])
    hb = pd.read_csv(hs_bec_csv, dtype=str)
    bc = pd.read_csv(bec_class_csv, dtype=str)
    t1 = time.perf_counter()

    keep = (tp["value_usd"] > 0) & (tp["product"].str[:2] != "99") & tp["importer"].notna() & (tp["exporter"] != tp["importer"])
    f = tp[keep].groupby(["year", "exporter", "importer", "product"], sort=False, as_index=False).agg(value=("value_usd", "sum"))
    out = []

    def emit(metric, d, subject, counterpart):
        out.append(pd.DataFrame({"metric": metric, "subject": d[subject].values,
                                 "counterpart": d[counterpart].values if counterpart else None, "year": d["year"].values,
                                 "value": d["value"].values}))

    for digits in (2, 4):
        g = f.assign(g=f["product"].str[:digits]).groupby(DYAD + ["g"], sort=False, as_index=False).agg(v=("value", "sum"))
        emit(f"product.import_hhi_hs{digits}", hhi_by(g, DYAD), "importer", "exporter")
    x = f.assign(g=f["product"].str[:2]).groupby(["year", "exporter", "g"], sort=False, as_index=False).agg(v=("value", "sum"))
    emit("product.export_hhi_hs2", hhi_by(x, ["year", "exporter"]), "exporter", None)

    # end-use class of every chapter, heading and subheading of the correspondence
    hb["cls"] = hb["bec"].map(dict(zip(bc["bec"], bc["cls"]))).fillna("unallocated")
    cm = pd.concat([pd.DataFrame({"code": hb["hs6"].str[:n], "cls": hb["cls"]}) for n in (2, 4, 6)])
    cm = cm.groupby("code").agg(lo=("cls", "min"), hi=("cls", "max"))
    code_cls = pd.Series(np.where(cm["lo"] == cm["hi"], cm["lo"], "unallocated"), index=cm.index)
    cls = f["product"].map(code_cls)
    parts = {c: f["value"].where(cls == c, 0.0) for c in CLASSES}
    parts["unallocated"] = f["value"].where(~cls.isin(CLASSES), 0.0)
    s = f[DYAD].assign(total=f["value"], **parts).groupby(DYAD, sort=False, as_index=False).sum()
    for c in CLASSES + ["unallocated"]:
        emit(f"product.import_share_{c}", s.assign(value=s[c] / s["total"]), "importer", "exporter")

    # criticality-weighted import share and the strategic-dependency screen
    xs = f.groupby(["year", "exporter", "product"], sort=False, as_index=False).agg(v=("value", "sum"))
    w = hhi_by(xs, ["year", "product"]).rename(columns={"value": "world_hhi"})
    ti = f.groupby(["year", "importer"], sort=False, as_index=False).agg(total=("value", "sum"))
    g = f.assign(sq=f["value"] * f["value"]).groupby(["year", "importer", "product"], sort=False, as_index=False) \
        .agg(m=("value", "sum"), sq=("sq", "sum"))
    g = g.merge(xs.rename(columns={"exporter": "importer", "v": "x"}), on=["year", "importer", "product"], how="left")
    g["x"] = g["x"].fillna(0.0)
    g = g.merge(w, on=["year", "product"], how="left")
    g["dependent"] = (g["sq"] / (g["m"] * g["m"]) > 0.4) & (g["world_hhi"] > 0.4) & (g["m"] > 1 * g["x"])
    ff = f.merge(w, on=["year", "product"], how="left") \
          .merge(g[["year", "importer", "product", "dependent"]], on=["year", "importer", "product"], how="left")
    ff["crit"] = ff["value"] * ff["world_hhi"]
    ff["dep"] = ff["value"].where(ff["dependent"], 0.0)
    cd = ff.groupby(DYAD, sort=False, as_index=False).agg(crit=("crit", "sum"), dep=("dep", "sum")).merge(ti, on=["year", "importer"])
    emit("product.critical_import_share", cd.assign(value=cd["crit"] / cd["total"]), "importer", "exporter")
    emit("product.dependent_import_share", cd.assign(value=cd["dep"] / cd["total"]), "importer", "exporter")
    res = pd.concat(out, ignore_index=True)
    t2 = time.perf_counter()

    res.to_csv(out_csv, index=False, float_format="%.17g")
    print(json.dumps({"read_seconds": round(t1 - t0, 3), "compute_seconds": round(t2 - t1, 3), "rows": len(res), "input_rows": len(tp)}))


if __name__ == "__main__":
    main(*sys.argv[1:5])
