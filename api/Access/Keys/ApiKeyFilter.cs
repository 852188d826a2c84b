using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

public sealed class ApiKeyFilter : FilterDeclaration<ApiKey, FilterScope>
{
    public ApiKeyFilter()
    {
        Id(k => k.Id);
        Text("name", k => k.Name, "Who holds the key.");
        Text("prefix", k => k.Prefix, "The key's prefix.");
        Choice("role", k => k.Role, "The key's role.");
        Comparable<DateTime, DateTimeGraphType>("createdAt", k => k.CreatedAt, "When the key was made.");
        Comparable<DateTime?, DateTimeGraphType>("revokedAt", k => k.RevokedAt, "When the key was revoked; null while it is not.");
        DefaultOrder = [new Dictionary<string, object?> { ["createdAt"] = SortDirection.Desc }];
    }
}
