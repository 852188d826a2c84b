namespace NetworkGraph.Api.Erasure;

/// <summary>The input of <c>eraseDefender</c>: the defender's global ID, and their alias to confirm whom it names.</summary>
public sealed record EraseDefenderInput
{
    public string Id { get; init; } = "";
    public string ConfirmAlias { get; init; } = "";
}

/// <summary>The ID the erased defender had, or why nothing was erased.</summary>
public sealed record ErasurePayload(string? ErasedId, IReadOnlyList<MutationError> Errors)
{
    public static ErasurePayload Failed(MutationError error) => new(null, [error]);
}
