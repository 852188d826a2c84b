using NetworkGraph.Api.Audit;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Erasure;

/// <summary><c>eraseDefender</c>: administrators erase a person for good, naming them twice so that no slip of an ID erases someone else.</summary>
public sealed class ErasureMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ErasurePayloadType>>("eraseDefender")
            .Description("Erases a defender and every trace of them: edges, translations, revisions, search entries, and mentions in the audit log. It cannot be undone.")
            .Argument<NonNullGraphType<EraseDefenderInputType>>("input")
            .ResolveAsync(async context => await EraseAsync(context));

    private static async Task<ErasurePayload> EraseAsync(IResolveFieldContext context)
    {
        if (!context.Access().MayErase) return ErasurePayload.Failed(new NotAllowedError("Only administrators may erase a defender."));
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var id = input["id"] as string;
        if (!GlobalId.TryDecodeGuid(id, "Defender", out var defenderId))
            return ErasurePayload.Failed(new ValidationError("'id' is not a defender ID.", ["input", "id"]));
        await using var db = await context.CreateDbContextAsync();
        var alias = await db.Defenders.Where(d => d.Id == defenderId).Select(d => d.Alias).FirstOrDefaultAsync(context.CancellationToken);
        if (alias is null) return ErasurePayload.Failed(new NotFoundError("No such defender.", ["input", "id"]));
        if (!string.Equals(alias, input["confirmAlias"] as string, StringComparison.Ordinal))
            return ErasurePayload.Failed(new ValidationError("'confirmAlias' is not the defender's alias: nothing was erased.", ["input", "confirmAlias"]));
        return await DefenderErasure.EraseAsync(db, context.Viewer(), defenderId, context.CancellationToken)
            ? new ErasurePayload(id, [])
            : ErasurePayload.Failed(new NotFoundError("No such defender.", ["input", "id"]));
    }
}

public sealed record ErasurePayload(string? ErasedId, IReadOnlyList<MutationError> Errors)
{
    public static ErasurePayload Failed(MutationError error) => new(null, [error]);
}

public sealed class ErasurePayloadType : ObjectGraphType<ErasurePayload>
{
    public ErasurePayloadType()
    {
        Name = "EraseDefenderPayload";
        Field<IdGraphType>("erasedId").Description("The ID the defender had; null when nothing was erased.").Resolve(context => context.Source.ErasedId);
        this.AddErrors(payload => payload.Errors);
    }
}

public sealed class EraseDefenderInputType : InputObjectGraphType
{
    public EraseDefenderInputType()
    {
        Name = "EraseDefenderInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The defender to erase.");
        Field<NonNullGraphType<StringGraphType>>("confirmAlias").Description("The defender's alias, exactly, to confirm whom the erasure is for.");
    }
}
