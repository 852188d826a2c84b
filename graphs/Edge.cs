namespace NetworkGraph.Graphs;

/// <summary>An undirected edge between two distinct nodes, given by their indices.</summary>
public readonly record struct Edge(int From, int To);
