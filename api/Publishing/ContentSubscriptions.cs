namespace NetworkGraph.Api.Publishing;

/// <summary><c>contentPublished</c>: records published, or taken out of sight once published, of every curated type or of some.</summary>
public sealed class ContentSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        ChangeStream.AddField(subscription, "contentPublished",
            "A record was published (`content.published`), or unpublished or archived once published (`content.unpublished`), as far as the subscriber may see it.",
            field => field.Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types",
                "The record types to follow, e.g. [\"Organisation\", \"Campaign\"]; every curated type when left out."),
            context =>
            {
                var types = context.GetArgument<List<string>?>("types");
                var known = context.RequestServices!.GetServices<IScheduledRecords>().Select(records => records.RecordType).ToHashSet();
                if (types?.FirstOrDefault(type => !known.Contains(type)) is { } unknown)
                    throw new CodedError(ErrorCodes.InvalidArgument, $"'{unknown}' is not a curated record type; they are: {string.Join(", ", known.Order())}.");
                return change => change.Type is ChangeEventTypes.ContentPublished or ChangeEventTypes.ContentUnpublished && (types is null || types.Contains(change.RecordType));
            });
}
