using System.Linq.Expressions;

namespace NetworkGraph.Api.Localization;

/// <summary>
/// <c>missingTranslation: "nl"</c>: records whose default locale is another one and that have no translation
/// in that locale yet — the work list of a translator.
/// </summary>
public sealed class MissingTranslationFilterField() : FilterField<FilterScope>("missingTranslation",
    "Records with no translation into this locale (records written in it do not count).")
{
    public override Type InputGraphType => typeof(StringGraphType);

    public override Expression Translate(Expression target, object input, FilterScope scope)
    {
        var locale = input as string ?? throw new CodedError(ErrorCodes.InvalidArgument, "'missingTranslation' takes a locale.");
        var texts = scope.Db.LocalizedTexts;
        Expression<Func<CuratedEntity, bool>> missing = record =>
            record.DefaultLocale != locale && !texts.Any(text => text.OwnerId == record.Id && text.Locale == locale);
        return missing.Body.ReplaceParameter(missing.Parameters[0], target);
    }
}
