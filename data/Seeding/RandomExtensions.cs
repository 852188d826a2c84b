namespace NetworkGraph.Data.Seeding;

/// <summary>Weighted choices on a seeded <see cref="Random"/>, so that generated data repeats for the same seed.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = 0.0;
        foreach (var item in items) total += weight(item);
        var target = random.NextDouble() * total;
        foreach (var item in items)
        {
            target -= weight(item);
            if (target < 0) return item;
        }
        return items[^1];
    }

    /// <summary>Up to <paramref name="count"/> distinct items, each draw weighted among those not yet drawn.</summary>
    public static List<T> PickMany<T>(this Random random, IReadOnlyList<T> items, int count, Func<T, double> weight)
    {
        var remaining = items.Where(item => weight(item) > 0).ToList();
        var picked = new List<T>(Math.Min(count, remaining.Count));
        while (picked.Count < count && remaining.Count > 0)
        {
            var item = random.Pick(remaining, weight);
            remaining.Remove(item);
            picked.Add(item);
        }
        return picked;
    }

    public static List<T> PickMany<T>(this Random random, IReadOnlyList<T> items, int count) =>
        random.PickMany(items, count, _ => 1);

    public static DateOnly DateBetween(this Random random, DateOnly first, DateOnly last) =>
        first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));
}
