namespace NetworkGraph.Api.Publishing;

/// <summary>The input of restoring a revision: which revision, and the version of its record the restore is based on.</summary>
public sealed class RestoreRevisionInputType : RecordInputGraphType<RecordVersion>
{
    public RestoreRevisionInputType() : base("RestoreRevisionInput") =>
        this.AddRecordVersion("The global ID of the revision to restore.", "The record's version the restore is based on, as read.");
}

public sealed class ScheduleInputType : RecordInputGraphType<ScheduleInput>
{
    public ScheduleInputType() : base("ScheduleInput", "When the scheduler publishes and unpublishes a record; a missing or null time clears it.")
    {
        this.AddRecordVersion("The record's global ID.");
        Field(i => i.PublishAt, "When to publish (ISO 8601, UTC unless an offset is given).");
        Field(i => i.UnpublishAt, "When to take it back to draft.");
    }
}

public sealed class TranslationInputType : RecordInputGraphType<TranslationInput>
{
    public TranslationInputType() : base("TranslationInput", "Sets, or with a null or empty text removes, one field of a record in one locale.")
    {
        this.AddRecordVersion("The record's global ID.");
        Field(i => i.Field, "A localized field of the record, e.g. \"description\".", required: true);
        Field(i => i.Locale, "A BCP 47 locale other than the record's default.", required: true);
        Field(i => i.Text);
    }
}
