using System.Text.Json;
using NetworkGraph.Api.Audit;

namespace NetworkGraph.Api.Publishing;

/// <summary>The kinds of change the mutations make to a loaded record.</summary>
public abstract partial class CuratedMutations<TType, T, TInput>
{
    private static Change Edit(string action) => change => EditAsync(change, action);

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
            await ApplyInputAsync(applied, edited, TInput.InputFrom(start));
        }
        var before = PendingTranslations.With(TInput.Snapshot(edited), pending);
        await ApplyInputAsync(applied, edited, input);
        if (applied.Checks.Failed) return applied.Checks.Errors;
        if ((string)before["slug"]! != edited.Slug && await SlugTaken(db, edited)) return DuplicateSlug(edited).Errors;
        if (edited != record) GuardAtOnce(record, edited);
        await AuditTrail.AddAsync(db, viewer, action, TInput.RecordType, record.Id, before, PendingTranslations.With(TInput.Snapshot(edited), pending), cancellationToken);
        return [];
    }

    /// <summary>Readers stop seeing what a draft hides from them without waiting for it to be published.</summary>
    private static void GuardAtOnce(T published, T draft)
    {
        if (draft.Visibility > published.Visibility) published.Visibility = draft.Visibility;
        TInput.GuardAtOnce(published, draft);
    }

    private static Task<IReadOnlyList<MutationError>> PublishAsync(ChangeContext change) =>
        ChangeStatusAsync(change, "publish", async record =>
        {
            record.Status = ContentStatus.Published;
            record.PublishAt = null;
            record.PublishedRevision = (await AuditTrail.LatestAsync(change.Db, record.Id, change.CancellationToken))?.Number;
        });

    private static Task<IReadOnlyList<MutationError>> UnpublishAsync(ChangeContext change) =>
        ChangeStatusAsync(change, "unpublish", record =>
        {
            record.Status = ContentStatus.Draft;
            record.PublishedRevision = null;
            record.UnpublishAt = null;
            return Task.CompletedTask;
        });

    /// <summary>Publishing or unpublishing takes in the latest draft first, so the record's columns show it.</summary>
    private static async Task<IReadOnlyList<MutationError>> ChangeStatusAsync(ChangeContext change, string action, Func<T, Task> apply)
    {
        var before = TInput.Snapshot(change.Record);
        var errors = await ApplyDraftAsync(change);
        if (errors.Count > 0) return errors;
        await apply(change.Record);
        AuditTrail.Audit(change.Db, change.Viewer, $"{ActionPrefix}.{action}", TInput.RecordType, change.Record.Id, before, TInput.Snapshot(change.Record));
        return [];
    }

    private static Task<IReadOnlyList<MutationError>> ScheduleAsync(ChangeContext change)
    {
        var (_, viewer, _, record, input, _, _) = change;
        var before = Schedule(record);
        record.PublishAt = (input.TryGetValue("publishAt", out var publishAt) ? publishAt as DateTime? : null)?.ToUniversalTime();
        record.UnpublishAt = (input.TryGetValue("unpublishAt", out var unpublishAt) ? unpublishAt as DateTime? : null)?.ToUniversalTime();
        if (record.PublishAt is { } publish && record.UnpublishAt is { } unpublish && unpublish <= publish)
            return Task.FromResult<IReadOnlyList<MutationError>>([new ValidationError("'unpublishAt' must be after 'publishAt'.", ["input", "unpublishAt"])]);
        AuditTrail.Audit(change.Db, viewer, $"{ActionPrefix}.schedule", TInput.RecordType, record.Id, before, Schedule(record));
        return Task.FromResult<IReadOnlyList<MutationError>>([]);
    }

    private static Dictionary<string, object?> Schedule(T record) => new() { ["publishAt"] = record.PublishAt, ["unpublishAt"] = record.UnpublishAt };

    private static async Task<IReadOnlyList<MutationError>> TranslateAsync(ChangeContext change)
    {
        var (db, viewer, _, record, input, _, cancellationToken) = change;
        var field = input["field"] as string ?? "";
        var locale = input["locale"] as string ?? "";
        var text = input.TryGetValue("text", out var value) ? value as string : null;
        var checks = new InputChecks();
        var localized = TInput.LocalizedFields.TryGetValue(field, out var maxLength);
        if (!localized)
            checks.Fail("field", $"'{field}' is not a localized field; {Noun}s have: {string.Join(", ", TInput.LocalizedFields.Keys)}.");
        checks.Locale("locale", locale);
        if (locale.Equals(record.DefaultLocale, StringComparison.OrdinalIgnoreCase))
            checks.Fail("locale", $"'{locale}' is the {Noun}'s default locale: change the field itself.");
        if (localized) checks.Text("text", text, maxLength, required: false);
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
            await AuditTrail.AddAsync(db, viewer, $"{ActionPrefix}.translate", TInput.RecordType, record.Id, before, PendingTranslations.With(draft, pending), cancellationToken);
            return [];
        }
        var current = await db.LocalizedTexts.Where(t => t.OwnerId == record.Id && t.Field == field && t.Locale == locale).Select(t => t.Text).FirstOrDefaultAsync(cancellationToken);
        await PendingTranslations.WriteAsync(db, record.Id, field, locale, given, cancellationToken);
        AuditTrail.Audit(db, viewer, $"{ActionPrefix}.translate", TInput.RecordType, record.Id, new Dictionary<string, object?> { [key] = current }, new Dictionary<string, object?> { [key] = given });
        return [];
    }

    private static Task<IReadOnlyList<MutationError>> ArchiveAsync(ChangeContext change)
    {
        var before = TInput.Snapshot(change.Record);
        change.Record.Status = ContentStatus.Archived;
        AuditTrail.Audit(change.Db, change.Viewer, $"{ActionPrefix}.archive", TInput.RecordType, change.Record.Id, before, TInput.Snapshot(change.Record));
        return Task.FromResult<IReadOnlyList<MutationError>>([]);
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
        AuditTrail.Audit(db, viewer, $"{ActionPrefix}.delete", TInput.RecordType, record.Id, before, before.ToDictionary(field => field.Key, _ => (object?)null));
        return [];
    }

    /// <summary>Copies a pending draft onto the record's own columns and lists.</summary>
    private static async Task<IReadOnlyList<MutationError>> ApplyDraftAsync(ChangeContext change)
    {
        if (change.Draft is null) return [];
        var applied = change.NewInput();
        var slug = change.Record.Slug;
        await ApplyInputAsync(applied, change.Record, TInput.InputFrom(change.Draft.Snapshot));
        if (applied.Checks.Failed) return applied.Checks.Errors;
        await PendingTranslations.PublishAsync(change.Db, change.Record.Id, change.Draft.Snapshot, change.CancellationToken);
        return slug != change.Record.Slug && await SlugTaken(change.Db, change.Record) ? DuplicateSlug(change.Record).Errors : [];
    }
}
