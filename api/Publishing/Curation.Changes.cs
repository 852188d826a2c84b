using System.Text.Json;
using NetworkGraph.Data.Changes;

namespace NetworkGraph.Api.Publishing;

/// <summary>The kinds of change curation makes to a loaded record.</summary>
public sealed partial class Curation<T, TInput>
{
    /// <summary>
    /// Edits the record itself, or — once published — its draft, which starts from the latest draft or the published
    /// version and keeps the translations pending in it.
    /// </summary>
    private static async Task<IReadOnlyList<MutationError>> EditAsync(ChangeContext change, string action)
    {
        var (db, viewer, _, record, input, draft, cancellationToken) = change;
        var applied = change.NewInput();
        var edited = record;
        var pending = new Dictionary<string, string?>();
        if (record.Status == ContentStatus.Published)
        {
            edited = new T { Id = record.Id, Status = record.Status };
            var start = draft?.Snapshot ?? JsonSerializer.Serialize(TInput.Snapshot(record));
            pending = PendingTranslations.Of(start);
            await ApplyInputAsync(applied, edited, Snapshots.InputFrom<TInput>(start));
        }
        var before = PendingTranslations.With(TInput.Snapshot(edited), pending);
        var slugBefore = edited.Slug;
        await ApplyInputAsync(applied, edited, input);
        if (applied.Context.Checks.Failed) return applied.Context.Checks.Errors;
        if (slugBefore != edited.Slug && await SlugTaken(db, edited)) return DuplicateSlug(edited).Errors;
        if (edited != record) GuardAtOnce(record, edited);
        await AuditTrail.AddAsync(db, viewer, action, RecordType, record.Id, before, PendingTranslations.With(TInput.Snapshot(edited), pending), cancellationToken);
        ChangeLog.Record(db, RecordType, record.Id, ChangeKind.Updated);
        return [];
    }

    /// <summary>Readers stop seeing what a draft hides from them without waiting for it to be published.</summary>
    private static void GuardAtOnce(T published, T draft)
    {
        if (draft.Visibility > published.Visibility) published.Visibility = draft.Visibility;
        TInput.GuardAtOnce(published, draft);
    }

    private static Task<IReadOnlyList<MutationError>> PublishAsync(ChangeContext change) =>
        ChangeStatusAsync(change, "publish", ChangeKind.Published, async record =>
        {
            record.Status = ContentStatus.Published;
            record.PublishAt = null;
            record.PublishedRevision = (await AuditTrail.LatestAsync(change.Db, record.Id, change.CancellationToken))?.Number;
        });

    private static Task<IReadOnlyList<MutationError>> UnpublishAsync(ChangeContext change) =>
        ChangeStatusAsync(change, "unpublish", ChangeKind.Unpublished, record =>
        {
            record.Status = ContentStatus.Draft;
            record.PublishedRevision = null;
            record.UnpublishAt = null;
            return Task.CompletedTask;
        });

    /// <summary>Publishing or unpublishing takes in the latest draft first, so the record's columns show it.</summary>
    private static async Task<IReadOnlyList<MutationError>> ChangeStatusAsync(ChangeContext change, string action, ChangeKind kind, Func<T, Task> apply)
    {
        var before = TInput.Snapshot(change.Record);
        var errors = await ApplyDraftAsync(change);
        if (errors.Count > 0) return errors;
        await apply(change.Record);
        AuditTrail.Audit(change.Db, change.Viewer, $"{ActionPrefix}.{action}", RecordType, change.Record.Id, before, TInput.Snapshot(change.Record));
        ChangeLog.Record(change.Db, RecordType, change.Record.Id, kind, seenBefore: kind == ChangeKind.Unpublished ? await SeenBeforeAsync(change) : null);
        return [];
    }

    /// <summary>Who could see the record as the database holds it, before the change being made takes it out of sight.</summary>
    private static Task<Visibility> SeenBeforeAsync(ChangeContext change)
    {
        var id = change.Record.Id;
        return AccessRules.NarrowestAudienceAsync(rules => rules.Records<T>(change.Db).Where(r => r.Id == id), change.CancellationToken);
    }

    private static Task<IReadOnlyList<MutationError>> ScheduleAsync(ChangeContext change, ScheduleInput schedule)
    {
        var (_, viewer, _, record, _, _, _) = change;
        var before = Schedule(record);
        record.PublishAt = schedule.PublishAt?.ToUniversalTime();
        record.UnpublishAt = schedule.UnpublishAt?.ToUniversalTime();
        if (record.PublishAt is { } publish && record.UnpublishAt is { } unpublish && unpublish <= publish)
            return Task.FromResult<IReadOnlyList<MutationError>>([new ValidationError("'unpublishAt' must be after 'publishAt'.", ["input", FieldOf(nameof(ScheduleInput.UnpublishAt))])]);
        AuditTrail.Audit(change.Db, viewer, $"{ActionPrefix}.schedule", RecordType, record.Id, before, Schedule(record));
        return Task.FromResult<IReadOnlyList<MutationError>>([]);
    }

    private static Dictionary<string, object?> Schedule(T record) => new() { ["publishAt"] = record.PublishAt, ["unpublishAt"] = record.UnpublishAt };

    private static async Task<IReadOnlyList<MutationError>> TranslateAsync(ChangeContext change, TranslationInput translation)
    {
        var (db, viewer, _, record, _, _, cancellationToken) = change;
        var (field, locale, text) = (translation.Field, translation.Locale, translation.Text);
        var checks = new InputChecks();
        var localized = TInput.LocalizedFields.FirstOrDefault(candidate => candidate.Name == field);
        if (localized is null)
            checks.Fail(FieldOf(nameof(TranslationInput.Field)), $"'{field}' is not a localized field; {Noun}s have: {string.Join(", ", TInput.LocalizedFields.Select(f => f.Name))}.");
        checks.Locale(FieldOf(nameof(TranslationInput.Locale)), locale);
        if (locale.Equals(record.DefaultLocale, StringComparison.OrdinalIgnoreCase))
            checks.Fail(FieldOf(nameof(TranslationInput.Locale)), $"'{locale}' is the {Noun}'s default locale: change the field itself.");
        if (localized is not null) checks.Text(FieldOf(nameof(TranslationInput.Text)), text, localized.MaxLength, required: false);
        if (checks.Failed) return checks.Errors;

        var key = PendingTranslations.Key(field, locale);
        var given = string.IsNullOrEmpty(text) ? null : text;
        if (record.Status == ContentStatus.Published)
        {
            // Readers keep the published translation until the draft that holds the new one is published.
            var start = change.Draft?.Snapshot ?? JsonSerializer.Serialize(TInput.Snapshot(record));
            var pending = PendingTranslations.Of(start);
            var draft = JsonSerializer.Deserialize<Dictionary<string, object?>>(start)!;
            var before = PendingTranslations.With(new Dictionary<string, object?>(draft), pending);
            pending[key] = given;
            await AuditTrail.AddAsync(db, viewer, $"{ActionPrefix}.translate", RecordType, record.Id, before, PendingTranslations.With(draft, pending), cancellationToken);
            return [];
        }
        var current = await db.LocalizedTexts.Where(t => t.OwnerId == record.Id && t.Field == field && t.Locale == locale).Select(t => t.Text).FirstOrDefaultAsync(cancellationToken);
        await PendingTranslations.WriteAsync(db, record.Id, field, locale, given, cancellationToken);
        AuditTrail.Audit(db, viewer, $"{ActionPrefix}.translate", RecordType, record.Id, new Dictionary<string, object?> { [key] = current }, new Dictionary<string, object?> { [key] = given });
        return [];
    }

    /// <summary>Archives the record; archiving a published one takes it out of sight as unpublishing would.</summary>
    private static async Task<IReadOnlyList<MutationError>> ArchiveAsync(ChangeContext change)
    {
        var before = TInput.Snapshot(change.Record);
        var seenBefore = change.Record.Status == ContentStatus.Published ? await SeenBeforeAsync(change) : (Visibility?)null;
        change.Record.Status = ContentStatus.Archived;
        AuditTrail.Audit(change.Db, change.Viewer, $"{ActionPrefix}.archive", RecordType, change.Record.Id, before, TInput.Snapshot(change.Record));
        ChangeLog.Record(change.Db, RecordType, change.Record.Id, ChangeKind.Archived, seenBefore: seenBefore);
        return [];
    }

    /// <summary>
    /// Deletes a record only where it is safe: it was never published (readers may have linked to it) and no edge, list,
    /// proposal or key refers to it. Its translations and revisions go with it; its search entries go in the same save.
    /// </summary>
    private static async Task<IReadOnlyList<MutationError>> DeleteAsync(ChangeContext change)
    {
        var (db, viewer, _, record, _, _, cancellationToken) = change;
        if (record.Status != ContentStatus.Draft || record.PublishedRevision is not null)
            return [new NotAllowedError($"The {Noun} is or was published: archive it instead.")];
        var referring = await RecordReferences.TablesReferringToAsync<T>(db, record.Id, cancellationToken);
        if (referring.Count > 0)
            return [new NotAllowedError($"The {Noun} is still referred to ({string.Join(", ", referring)}): remove those links first, or archive it.")];
        var before = TInput.Snapshot(record);
        db.LocalizedTexts.RemoveRange(await db.LocalizedTexts.AsTracking().Where(t => t.OwnerId == record.Id).ToListAsync(cancellationToken));
        db.Revisions.RemoveRange(await db.Revisions.AsTracking().Where(r => r.RecordId == record.Id).ToListAsync(cancellationToken));
        db.Remove(record);
        AuditTrail.Audit(db, viewer, $"{ActionPrefix}.delete", RecordType, record.Id, before, before.ToDictionary(field => field.Key, _ => (object?)null));
        ChangeLog.Record(db, RecordType, record.Id, ChangeKind.Deleted);
        return [];
    }

    /// <summary>Copies a pending draft onto the record's own columns and lists.</summary>
    private static async Task<IReadOnlyList<MutationError>> ApplyDraftAsync(ChangeContext change)
    {
        if (change.Draft is null) return [];
        var applied = change.NewInput();
        var slug = change.Record.Slug;
        await ApplyInputAsync(applied, change.Record, Snapshots.InputFrom<TInput>(change.Draft.Snapshot));
        if (applied.Context.Checks.Failed) return applied.Context.Checks.Errors;
        await PendingTranslations.PublishAsync(change.Db, change.Record.Id, change.Draft.Snapshot, change.CancellationToken);
        return slug != change.Record.Slug && await SlugTaken(change.Db, change.Record) ? DuplicateSlug(change.Record).Errors : [];
    }

    private static string FieldOf(string property) => Naming.LowerCamel(property);
}
