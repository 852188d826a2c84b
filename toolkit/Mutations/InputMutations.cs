using GraphQL;
using GraphQL.Types;

namespace NetworkGraph.GraphQL.Mutations;

public static class InputMutations
{
    /// <summary>A mutation field <c>name(input: TInputType!): TPayloadType!</c>, answered by <paramref name="run"/> with the typed input.</summary>
    public static void AddInputMutation<TPayloadType, TInputType, TInput, TPayload>(this ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, TInput, Task<TPayload>> run) where TPayloadType : IGraphType where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async context => await run(context, context.GetArgument<TInput>("input")));
}
