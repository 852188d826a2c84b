namespace NetworkGraph.Api.Localization;

public sealed class TranslationInputType : InputObjectGraphType
{
    public TranslationInputType()
    {
        Name = "TranslationInput";
        Description = "Sets, or with a null or empty text removes, one field of a record in one locale.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The record's global ID.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the change is based on, as read.");
        Field<NonNullGraphType<StringGraphType>>("field").Description("A localized field of the record, e.g. \"description\".");
        Field<NonNullGraphType<StringGraphType>>("locale").Description("A BCP 47 locale other than the record's default.");
        Field<StringGraphType>("text");
    }
}
