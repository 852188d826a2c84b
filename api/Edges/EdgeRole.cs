using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Edges;

/// <summary>The role or kind of an edge as an enum input field: required on add, optional on update, never null.</summary>
public static class EdgeRole
{
    public static void AddField<TEnum>(InputObjectGraphType type, string name, bool create, string description) where TEnum : Enum =>
        type.Field(name, create ? typeof(NonNullGraphType<EnumerationGraphType<TEnum>>) : typeof(EnumerationGraphType<TEnum>)).Description(description);

    public static void Read<TEnum>(IDictionary<string, object?> input, string name, InputChecks checks, Action<TEnum> set) where TEnum : struct, Enum
    {
        if (!input.TryGetValue(name, out var value)) return;
        if (value is TEnum role) set(role);
        else checks.Fail(name, $"'{name}' cannot be null.");
    }
}
