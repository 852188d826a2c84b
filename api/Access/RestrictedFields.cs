namespace NetworkGraph.Api.Access;

public static class RestrictedFields
{
    /// <summary>A field that only staff read (others get null); each read of an audited one is written to the audit log.</summary>
    public static void RestrictedField<T, TGraphType>(this ObjectGraphType<T> type, string name, string description, string column, Func<T, object?> value, bool audited)
        where T : Entity where TGraphType : IGraphType =>
        type.Field<TGraphType>(name)
            .Description(description)
            .Reads(column)
            .Resolve(context =>
            {
                if (!context.Access().MayCurate) return null;
                if (audited) context.RequestServices!.GetRequiredService<RestrictedReads>().Add(type.Name, context.Source.Id, name);
                return value(context.Source);
            });
}
