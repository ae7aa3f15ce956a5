"""networkx/numpy baseline for interdep's network measures (src/network/), on graphs exported as JSON.

Reads {"graphs": [{"name", "directed", "edges": [[source, target, weight], ...], "partition": {node: bloc}}]} from the
file named on the command line (or stdin) and prints, per graph, the same measures with the same conventions:
pagerank (alpha 0.85), eigenvector centrality (in-ties), betweenness (normalised, tie length = 1/weight),
in/out strength, density, Freeman degree centralisation of the undirected view, coreness (leading eigenvector of
(W + W^T)/2, max 1), the indirect dependence T = D (I - beta D)^-1 (D row-normalised, beta = 0.5 / max row sum) and the
modularity of the given partition on the undirected view (weights summed over both directions). "seconds" is the
time spent computing (not parsing). Usage: python3 bench/baselines/network_measures.py graphs.json > out.json
"""
import json
import sys
import time

import networkx as nx
import numpy as np


def measures(spec):
    G = nx.DiGraph() if spec["directed"] else nx.Graph()
    for s, t, w in spec["edges"]:
        G.add_edge(s, t, weight=w, length=1.0 / w)
    nodes = sorted(G.nodes())
    out = {}
    out["pagerank"] = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=1000)
    try:
        out["eigenvector"] = nx.eigenvector_centrality(G, weight="weight", tol=1e-13, max_iter=10000)
    except nx.PowerIterationFailedConvergence:
        out["eigenvector"] = None
    out["betweenness"] = nx.betweenness_centrality(G, weight="length", normalized=True)
    if spec["directed"]:
        out["strength_in"] = dict(G.in_degree(weight="weight"))
        out["strength_out"] = dict(G.out_degree(weight="weight"))
    else:
        out["strength_in"] = out["strength_out"] = dict(G.degree(weight="weight"))
    out["density"] = nx.density(G)
    U = nx.Graph()
    U.add_nodes_from(nodes)
    for s, t, d in G.edges(data=True):
        w = U[s][t]["weight"] + d["weight"] if U.has_edge(s, t) else d["weight"]
        U.add_edge(s, t, weight=w)
    n = len(nodes)
    if n >= 3:
        c = nx.degree_centrality(U)
        cmax = max(c.values())
        out["centralisation"] = sum(cmax - v for v in c.values()) / (n - 2)
    else:
        out["centralisation"] = None
    W = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
    S = (W + W.T) / 2
    vals, vecs = np.linalg.eigh(S)
    v = np.abs(vecs[:, np.argmax(vals)])
    out["coreness"] = dict(zip(nodes, (v / v.max()).tolist()))
    rows = W.sum(axis=1, keepdims=True)
    D = np.divide(W, rows, out=np.zeros_like(W), where=rows > 0)
    beta = 0.5 / D.sum(axis=1).max()
    T = D @ np.linalg.inv(np.eye(n) - beta * D)
    out["indirect"] = {"nodes": nodes, "beta": beta, "T": T.tolist()}
    if spec.get("partition"):
        blocs = {}
        for node, b in spec["partition"].items():
            blocs.setdefault(b, set()).add(node)
        out["modularity"] = nx.community.modularity(U, list(blocs.values()), weight="weight")
    return out


def main():
    spec = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
    results = []
    for g in spec["graphs"]:
        start = time.perf_counter()
        m = measures(g)
        m["seconds"] = time.perf_counter() - start
        m["name"] = g["name"]
        results.append(m)
    json.dump({"networkx": nx.__version__, "numpy": np.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
