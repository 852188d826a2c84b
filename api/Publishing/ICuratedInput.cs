namespace NetworkGraph.Api.Publishing;

/// <summary>
/// What curation needs to know of one curated type, said by the type's input record; everything else is the same for
/// every type (<see cref="Curation{T, TInput}"/>).
/// </summary>
public interface ICuratedInput<T, TSelf> where T : CuratedEntity, ISlugged where TSelf : CuratedInput, ICuratedInput<T, TSelf>, new()
{
    /// <summary>The fields whose text may also be given in other locales than the record's default, each with its longest text.</summary>
    static abstract IReadOnlyList<LocalizedField> LocalizedFields { get; }

    /// <summary>The records with the lists <see cref="ApplyAsync"/> sets, so that they can be replaced.</summary>
    static abstract IQueryable<T> WithLists(IQueryable<T> records);

    /// <summary>
    /// Checks the type's own given fields and copies the valid ones onto the record (tracked, with its lists loaded); its
    /// slug, themes, default locale and visibility are applied already. The input is a caller's, or a saved revision's.
    /// </summary>
    Task ApplyAsync(T record, GivenInput given);

    /// <summary>The record as revisions and the audit log record it, field by field in the input's names (see <see cref="Snapshots"/>).</summary>
    static abstract Dictionary<string, object?> Snapshot(T record);

    /// <summary>
    /// Makes a published record as guarded as its new draft at once, where waiting for publishing could expose someone:
    /// a narrower audience is applied by the shared code; a type adds its own (a defender's withdrawn consent, a higher risk).
    /// </summary>
    static virtual void GuardAtOnce(T published, T draft) { }

    /// <summary>A revision's content as a curator restores it: what a revision only records is recorded anew.</summary>
    static virtual TSelf Restoring(TSelf revision) => revision;
}

/// <summary>A field of a record that has translations, by its property's name, with the longest text it takes.</summary>
public sealed record LocalizedField(string Property, int MaxLength)
{
    /// <summary>The field's name in the input, the schema and the stored translations: "description".</summary>
    public string Name => Naming.LowerCamel(Property);
}
