using GraphQL.Types;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.Tests.Hardening;

/// <summary>A root field added in the hardening tests only: it fails as a bug would, with a message that must not leak.</summary>
public sealed class FailingField : IQueryFields
{
    public const string Secret = "Host=db.internal;Password=hunter2";

    public void AddTo(ObjectGraphType query) =>
        query.Field<StringGraphType>("testFailure").Resolve(_ => throw new InvalidOperationException($"Could not connect with {Secret}"));
}
