using GraphQL.Builders;

namespace NetworkGraph.Api.Publishing;

/// <summary>
/// The curation mutations of one record type — <c>createX</c>, <c>updateX</c>, <c>restoreXRevision</c>, <c>publishX</c>,
/// <c>unpublishX</c>, <c>scheduleX</c>, <c>setXTranslation</c>, <c>archiveX</c>, <c>deleteX</c> — each reading its typed
/// input and handing it to <see cref="Curation{T, TInput}"/>. A type names its own input fields in <see cref="AddFields"/>.
/// </summary>
public abstract class CuratedMutations<TType, T, TInput> : IMutationFields
    where TType : IGraphType where T : CuratedEntity, ISlugged, new() where TInput : CuratedInput, ICuratedInput<T, TInput>, new()
{
    private static readonly string RecordType = Curation<T, TInput>.RecordType;
    private static readonly string Noun = Curation<T, TInput>.Noun;

    /// <summary>The type's own input fields, slug first; on update every one is optional, and the shared ones follow.</summary>
    protected abstract void AddFields(RecordInputGraphType<TInput> input, bool create);

    public void AddTo(ObjectGraphType mutation)
    {
        var name = RecordType;
        Add(mutation, $"create{name}", $"Creates {Naming.WithArticle(Noun)} as a draft.", InputType(create: true), (curation, access, input, ct) =>
            curation.CreateAsync(access, input, ct));
        Add(mutation, $"update{name}",
            $"Changes the given fields. On a published {Noun} the change is a draft: readers see the published version until it is published again.",
            InputType(create: false), (curation, access, input, ct) => curation.UpdateAsync(access, input, ct));
        Add<RestoreRevisionInputType, RecordVersion>(mutation, $"restore{name}Revision",
            $"Saves a revision's content as a new revision, as an update would: on a published {Noun} it becomes the draft.",
            (curation, access, input, ct) => curation.RestoreAsync(access, input, ct));
        Add<RecordVersionInputType, RecordVersion>(mutation, $"publish{name}", $"Publishes the {Noun} with its latest draft.",
            (curation, access, input, ct) => curation.PublishAsync(access, input, ct));
        Add<RecordVersionInputType, RecordVersion>(mutation, $"unpublish{name}",
            $"Takes the {Noun} back to draft, with its latest changes; readers no longer see it.",
            (curation, access, input, ct) => curation.UnpublishAsync(access, input, ct));
        Add<ScheduleInputType, ScheduleInput>(mutation, $"schedule{name}",
            $"Sets (or, with null, clears) when the scheduler publishes the {Noun} with its latest draft, and when it unpublishes it.",
            (curation, access, input, ct) => curation.ScheduleAsync(access, input, ct));
        Add<TranslationInputType, TranslationInput>(mutation, $"set{name}Translation", "Sets or removes the translation of a localized field into one locale.",
            (curation, access, input, ct) => curation.TranslateAsync(access, input, ct));
        Add<RecordVersionInputType, RecordVersion>(mutation, $"archive{name}", $"Archives the {Noun}: it is no longer shown, and its history is kept.",
            (curation, access, input, ct) => curation.ArchiveAsync(access, input, ct));
        Add<RecordVersionInputType, RecordVersion>(mutation, $"delete{name}",
            $"Deletes {Naming.WithArticle(Noun)} that was never published and that nothing refers to, with its translations and revisions; the audit log keeps the deletion. Archive anything else.",
            (curation, access, input, ct) => curation.DeleteAsync(access, input, ct));
    }

    /// <summary><c>CreateXInput</c> or <c>UpdateXInput</c>: on update the record and its version first, then the type's fields and the shared ones.</summary>
    private RecordInputGraphType<TInput> InputType(bool create)
    {
        var input = new RecordInputGraphType<TInput>($"{(create ? "Create" : "Update")}{RecordType}Input");
        if (!create)
        {
            input.Field(i => i.Id, required: true, graphType: typeof(IdGraphType));
            input.Field(i => i.ExpectedVersion, "The version the change is based on, as read.", required: true);
        }
        AddFields(input, create);
        input.Field(i => i.Themes, "Theme codes, e.g. \"lgbtqi-rights\".");
        input.Field(i => i.DefaultLocale, "The locale of the texts above; \"en\" unless given.");
        input.Field(i => i.Visibility, $"Who may see the {Noun} once published; Public unless given.");
        return input;
    }

    private delegate Task<Payload<T>> Run<TArgument>(Curation<T, TInput> curation, AccessRules access, TArgument input, CancellationToken cancellationToken);

    private static void Add(ObjectGraphType mutation, string name, string description, RecordInputGraphType<TInput> input, Run<TInput> run) =>
        Payload(mutation, name, description).Argument(new NonNullGraphType(input), "input").ResolveAsync(context => Resolve(context, run));

    private static void Add<TInputType, TArgument>(ObjectGraphType mutation, string name, string description, Run<TArgument> run)
        where TInputType : IGraphType =>
        Payload(mutation, name, description).Argument<NonNullGraphType<TInputType>>("input").ResolveAsync(context => Resolve(context, run));

    private static FieldBuilder<object?, object> Payload(ObjectGraphType mutation, string name, string description) =>
        mutation.Field<NonNullGraphType<PayloadGraphType<TType, T>>>(name).Description(description);

    private static async Task<object?> Resolve<TArgument>(IResolveFieldContext context, Run<TArgument> run) =>
        await run(context.RequestServices!.GetRequiredService<Curation<T, TInput>>(), context.Access(), context.GetArgument<TArgument>("input"),
            context.CancellationToken);
}
