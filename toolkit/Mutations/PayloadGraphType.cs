using GraphQL.Types;
using NetworkGraph.GraphQL.Schema;

namespace NetworkGraph.GraphQL.Mutations;

/// <summary><c>XPayload</c>: the changed record (null when nothing changed) and the reasons it did not.</summary>
public sealed class PayloadGraphType<TRecordType, T> : ObjectGraphType<Payload<T>> where TRecordType : IGraphType where T : class
{
    public PayloadGraphType()
    {
        var record = GraphTypeNames.Of(typeof(TRecordType));
        Name = $"{record}Payload";
        Description = $"The outcome of a change to {Naming.WithArticle(record)}.";
        Field<TRecordType>(Naming.LowerCamel(record))
            .Description("The record as it is after the change; null when nothing changed.")
            .Resolve(context => context.Source.Record);
        this.AddErrors(payload => payload.Errors);
    }
}

public static class ErrorsField
{
    /// <summary>The <c>errors</c> field every mutation payload has.</summary>
    public static void AddErrors<T>(this ObjectGraphType<T> payload, Func<T, IReadOnlyList<MutationError>> errors) =>
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErrorInterface>>>>("errors")
            .Description("Why nothing changed; empty on success.")
            .Resolve(context => errors(context.Source));
}
