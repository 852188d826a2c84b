namespace NetworkGraph.Api.Edges;

/// <summary><c>tiesChanged</c>: ties added, updated, ended or removed, everywhere the subscriber may see or around one record.</summary>
public sealed class TieSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        ChangeStream.AddField(subscription, "tiesChanged",
            "A tie the subscriber may see was added, updated or ended, or one it could see was removed; with `of`, only the ties of that record.",
            field => field.Argument<IdGraphType>("of", "The record whose ties to follow, by its global ID; every tie when left out."),
            context =>
            {
                Guid? of = context.GetArgument<string?>("of") is { } id ? GlobalId.DecodeGuid(id, expectedType: null) : null;
                return change => ChangeEventTypes.AboutTies.Contains(change.Type) && (of is null || change.Concerns(of.Value));
            });
}
