namespace NetworkGraph.Api.Publishing;

/// <summary>What the curation mutations need to know of one curated type; everything else is the same for every type.</summary>
public interface ICuratedInput<T> where T : CuratedEntity, ISlugged
{
    /// <summary>The record's GraphQL and revision type name, e.g. "Organisation": it names the mutations and their inputs.</summary>
    static abstract string RecordType { get; }

    /// <summary>The record in lower case, as messages name it, e.g. "organisation" or "advocacy goal".</summary>
    static abstract string Noun { get; }

    /// <summary>The fields whose text may also be given in other locales than the record's default, each with its longest text.</summary>
    static abstract IReadOnlyDictionary<string, int> LocalizedFields { get; }

    /// <summary>The type's own input fields (slug first; themes, default locale and visibility follow); on update every one is optional.</summary>
    static abstract void AddFields(InputObjectGraphType type, bool create);

    /// <summary>
    /// Checks the type's own given fields and copies the valid ones onto the record (tracked, with its lists loaded); its
    /// slug, default locale and visibility are applied already. The input is a caller's, or a saved revision's when a draft is applied.
    /// </summary>
    static abstract Task ApplyAsync(GivenInput given, T record);

    /// <summary>The record as revisions and the audit log record it.</summary>
    static abstract Dictionary<string, object?> Snapshot(T record);

    /// <summary>A snapshot turned back into input, to apply a draft revision onto a record.</summary>
    static abstract Dictionary<string, object?> InputFrom(string snapshot);

    /// <summary>
    /// Makes a published record as guarded as its new draft at once, where waiting for publishing could expose someone:
    /// a narrower audience is applied by the shared code; a type adds its own (a defender's withdrawn consent, a higher risk).
    /// </summary>
    static virtual void GuardAtOnce(T published, T draft) { }

    /// <summary>The records with the lists <see cref="ApplyAsync"/> sets, so that they can be replaced.</summary>
    static abstract IQueryable<T> WithLists(IQueryable<T> records);
}
