namespace NetworkGraph.GraphQL.Limits;

/// <summary>The measure of a selection: its estimated cost, the depth of its fields and the aliases it uses.</summary>
public readonly record struct OperationSize(double Cost, int Depth, double Aliases)
{
    /// <summary>
    /// Far above any configured maximum: sums and products stop here, so an absurd document can neither overflow
    /// to infinity nor turn into NaN (infinity times a page of 0), which would compare as within the limit.
    /// </summary>
    private const double Ceiling = 1e15;

    public static OperationSize Nothing { get; } = new(0, 0, 0);

    /// <summary>This selection and another one next to it: costs and aliases add up, the deeper one sets the depth.</summary>
    public OperationSize Beside(OperationSize other) =>
        new(Capped(Cost + other.Cost), Math.Max(Depth, other.Depth), Capped(Aliases + other.Aliases));

    public static double Capped(double value) => Math.Min(value, Ceiling);
}
