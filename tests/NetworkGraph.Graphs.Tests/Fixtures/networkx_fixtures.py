"""Writes the graphs of these fixtures with what networkx says of them: `python3 networkx_fixtures.py` (networkx 3.x)."""
import json

import networkx as nx


def write(name, graph, source):
    graph = nx.convert_node_labels_to_integers(graph)
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    fixture = {
        "source": source,
        "networkx": nx.__version__,
        "nodes": graph.number_of_nodes(),
        "edges": [list(edge) for edge in graph.edges()],
        "betweenness": [betweenness[node] for node in range(graph.number_of_nodes())],
        "averageClustering": nx.average_clustering(graph),
        "density": nx.density(graph),
        "components": nx.number_connected_components(graph),
    }
    with open(name, "w") as file:
        json.dump(fixture, file, separators=(",", ":"))
        file.write("\n")


write("karate.json", nx.karate_club_graph(), "Zachary's karate club (W. W. Zachary, 1977), as networkx.karate_club_graph() gives it")
scale_free = nx.barabasi_albert_graph(300, 2, seed=11)
scale_free.add_edges_from((300 + i, 300 + (i + 1) % 20) for i in range(20))
write("barabasi-albert.json", scale_free, "networkx.barabasi_albert_graph(300, 2, seed=11) with a ring of 20 nodes beside it")
