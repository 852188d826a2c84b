namespace NetworkGraph.Api.Erasure;

/// <summary><c>eraseDefender</c>: administrators erase a person for good, naming them twice so that no slip of an ID erases someone else.</summary>
public sealed class ErasureMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ErasurePayloadType>>("eraseDefender")
            .Description("Erases a defender and every trace of them: edges, translations, revisions, search entries, and mentions in the audit log. It cannot be undone.")
            .Argument<NonNullGraphType<EraseDefenderInputType>>("input")
            .ResolveAsync(async context => await Erasure(context).EraseAsync(context.GetArgument<EraseDefenderInput>("input"), context.CancellationToken));

    private static DefenderErasure Erasure(IResolveFieldContext context) =>
        new(context.Access(), context.RequestServices!.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>());
}
