namespace NetworkGraph.GraphQL.Mutations;

/// <summary>
/// A field of a mutation's input that the caller may give, give as null, or leave out: an update changes what is given
/// and keeps the rest. It knows the input field's name, so that what is wrong with it is reported on its path.
/// </summary>
public readonly record struct Optional<T>(string Field, bool IsGiven, T Value)
{
    public static Optional<T> Missing(string field) => new(field, false, default!);

    public static Optional<T> Given(string field, T value) => new(field, true, value);

    /// <summary>The given value, or <paramref name="otherwise"/> when the field was left out.</summary>
    public T Or(T otherwise) => IsGiven ? Value : otherwise;
}
