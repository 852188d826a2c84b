namespace NetworkGraph.Api.Edges;

/// <summary>
/// <c>addX</c>, <c>updateX</c>, <c>endX</c> and <c>removeX</c> of one kind of tie, each reading its typed input and
/// handing it to <see cref="TieCuration{TEdge}"/>.
/// </summary>
public sealed class EdgeMutations<TEdge> : IMutationFields where TEdge : EdgeEntity, new()
{
    private static readonly string Noun = TieCuration<TEdge>.Noun;

    public void AddTo(ObjectGraphType mutation)
    {
        var name = TieCuration<TEdge>.RecordType;
        Add<AddEdgeInputType<TEdge>, EdgeInput>(mutation, $"add{name}", $"Records a new {Noun} between existing records.",
            (curation, access, input, ct) => curation.AddAsync(access, input, ct));
        Add<UpdateEdgeInputType<TEdge>, EdgeInput>(mutation, $"update{name}", $"Changes the given fields of the {Noun}; its ends stay as they are.",
            (curation, access, input, ct) => curation.UpdateAsync(access, input, ct));
        Add<EndEdgeInputType, EndEdgeInput>(mutation, $"end{name}", $"Ends the {Noun}: it stays on record with the day it ended.",
            (curation, access, input, ct) => curation.EndAsync(access, input, ct));
        Add<RecordVersionInputType, RecordVersion>(mutation, $"remove{name}",
            $"Deletes {Naming.WithArticle(Noun)} recorded in error; a tie that ended is ended, not removed.",
            (curation, access, input, ct) => curation.RemoveAsync(access, input, ct));
    }

    private delegate Task<Payload<TEdge>> Run<TInput>(TieCuration<TEdge> curation, AccessRules access, TInput input, CancellationToken cancellationToken);

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Run<TInput> run)
        where TInputType : IGraphType =>
        mutation.Field<NonNullGraphType<PayloadGraphType<TieType<TEdge>, TEdge>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async context => await run(context.RequestServices!.GetRequiredService<TieCuration<TEdge>>(), context.Access(),
                context.GetArgument<TInput>("input"), context.CancellationToken));
}
