namespace NetworkGraph.GraphQL.Mutations;

/// <summary>An expected failure of a mutation, returned in its payload's <c>errors</c>; the mutation changed nothing.</summary>
public abstract record MutationError(string Message, string Code, IReadOnlyList<string>? Path = null);

public sealed record ValidationError(string Message, IReadOnlyList<string> Path) : MutationError(Message, "VALIDATION", Path);

public sealed record ConflictError(string Message, int CurrentVersion) : MutationError(Message, "CONFLICT", ["input", "expectedVersion"])
{
    /// <summary>The record was saved by someone else after the caller read it.</summary>
    public static ConflictError Stale(string noun, int currentVersion) =>
        new($"The {noun} changed since it was read; read it again and retry.", currentVersion);
}

public sealed record NotFoundError(string Message, IReadOnlyList<string> Path) : MutationError(Message, "NOT_FOUND", Path);

public sealed record NotAllowedError(string Message) : MutationError(Message, "NOT_ALLOWED");

/// <summary>The step is not one the record's workflow allows from the state it is in.</summary>
public sealed record InvalidTransitionError(string Message, string State) : MutationError(Message, "INVALID_TRANSITION");

public sealed record DuplicateSlugError(string Message, string Slug) : MutationError(Message, "DUPLICATE_SLUG", ["input", "slug"]);

/// <summary>The outcome of a mutation: the changed record, or the reasons nothing changed.</summary>
public sealed record Payload<T>(T? Record, IReadOnlyList<MutationError> Errors) where T : class
{
    public static Payload<T> Changed(T record) => new(record, []);

    public static Payload<T> Failed(params MutationError[] errors) => new(null, errors);
}
