using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary><c>createApiKey</c>, <c>rotateApiKey</c> and <c>revokeApiKey</c>, answered by <see cref="KeyManagement"/>.</summary>
public sealed class KeyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatedApiKeyPayloadType>>("createApiKey")
            .Description("Makes an API key. The payload holds the key itself: store it, it is not shown again.")
            .Argument<NonNullGraphType<CreateApiKeyInputType>>("input")
            .ResolveAsync(async context => await Keys(context).CreateAsync(context.GetArgument<CreateApiKeyInput>("input"), context.CancellationToken));
        mutation.Field<NonNullGraphType<CreatedApiKeyPayloadType>>("rotateApiKey")
            .Description("Replaces a key with a new one of the same holder, role and organisation; the old key stops working.")
            .Argument<NonNullGraphType<RotateApiKeyInputType>>("input")
            .ResolveAsync(async context => await Keys(context).RotateAsync(context.GetArgument<RotateApiKeyInput>("input"), context.CancellationToken));
        mutation.Field<NonNullGraphType<PayloadGraphType<ApiKeyType, ApiKey>>>("revokeApiKey")
            .Description("Stops a key from working, for good.")
            .Argument<NonNullGraphType<RevokeApiKeyInputType>>("input")
            .ResolveAsync(async context => await Keys(context).RevokeAsync(context.GetArgument<RevokeApiKeyInput>("input"), context.CancellationToken));
    }

    private static KeyManagement Keys(IResolveFieldContext context) =>
        new(context.Access(), context.RequestServices!.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>());
}
