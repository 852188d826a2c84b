using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>The API keys as a root list, for administrators; anyone else gets NOT_ALLOWED (keys are not content to hide).</summary>
public sealed class KeyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        RootFields.AddList<ApiKeyType, ApiKey, ApiKeyFilter>(query, "apiKeys", "The API keys, newest first unless ordered otherwise; for administrators.",
            (_, db) => db.ApiKeys.AsNoTracking(), new ListReaders(access => access.MayManageKeys, KeyManagement.Refusal));
}
