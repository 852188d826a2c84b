using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

public sealed class ApiKeyFilter : FilterDeclaration<ApiKey, FilterScope>
{
    public ApiKeyFilter()
    {
        Id(k => k.Id);
        Text(k => k.Name, "Who holds the key.");
        Text(k => k.Prefix, "The key's prefix.");
        Choice(k => k.Role, "The key's role.");
        Comparable<DateTime, DateTimeGraphType>(k => k.CreatedAt, "When the key was made.");
        Comparable<DateTime?, DateTimeGraphType>(k => k.RevokedAt, "When the key was revoked; null while it is not.");
        DefaultOrder = [new Dictionary<string, object?> { ["createdAt"] = SortDirection.Desc }];
    }
}
