namespace NetworkGraph.Api.Network.Analytics;

/// <summary>A value (a country code, a theme code, a kind of tie …) and how many records or ties have it.</summary>
public sealed record Counted<T>(T Value, int Count);

public static class Counted
{
    /// <summary>How many times each value occurs, most frequent first and equal counts in the ordinal order of their names.</summary>
    public static IReadOnlyList<Counted<T>> Most<T>(IEnumerable<T> values, Func<T, string> name) where T : notnull =>
        [.. values.CountBy(value => value).OrderByDescending(count => count.Value).ThenBy(count => name(count.Key), StringComparer.Ordinal)
            .Select(count => new Counted<T>(count.Key, count.Value))];

    /// <inheritdoc cref="Most{T}(IEnumerable{T}, Func{T, string})"/>
    public static IReadOnlyList<Counted<string>> Most(IEnumerable<string> values) => Most(values, value => value);
}
