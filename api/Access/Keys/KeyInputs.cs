using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>The input of <c>createApiKey</c>.</summary>
public sealed record CreateApiKeyInput
{
    public Role Role { get; init; }
    public string Name { get; init; } = "";
    public string? Organisation { get; init; }
    public DateTime? ExpiresAt { get; init; }
}

/// <summary>An input that names a key to change by its global ID.</summary>
public abstract record KeyChangeInput
{
    public string Id { get; init; } = "";
}

/// <summary>The input of <c>rotateApiKey</c>: an expiry left out keeps the old key's, one given as null means none.</summary>
public sealed record RotateApiKeyInput : KeyChangeInput
{
    public Optional<DateTime?> ExpiresAt { get; init; }
}

/// <summary>The input of <c>revokeApiKey</c>.</summary>
public sealed record RevokeApiKeyInput : KeyChangeInput;
