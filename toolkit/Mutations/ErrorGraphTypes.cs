using GraphQL.Types;

namespace NetworkGraph.GraphQL.Mutations;

public sealed class ErrorInterface : InterfaceGraphType<MutationError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "Why a mutation changed nothing.";
        Field(e => e.Message).Description("What went wrong, in English.");
        Field(e => e.Code).Description("A stable code to act on.");
        Field(e => e.Path, nullable: true).Description("The input field at fault, e.g. [\"input\", \"slug\"].");
    }
}

/// <summary>An error type with the interface's fields, and any of its own.</summary>
public abstract class ErrorGraphType<TError> : ObjectGraphType<TError> where TError : MutationError
{
    protected ErrorGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterface>();
        Field(e => e.Message);
        Field(e => e.Code);
        Field(e => e.Path, nullable: true);
    }
}

public sealed class ValidationErrorType() : ErrorGraphType<ValidationError>("ValidationError", "An input value is not valid.");

public sealed class NotFoundErrorType() : ErrorGraphType<NotFoundError>("NotFoundError", "The record to change does not exist, or the caller may not see it.");

public sealed class NotAllowedErrorType() : ErrorGraphType<NotAllowedError>("NotAllowedError", "The caller may not make this change.");

public sealed class ConflictErrorType : ErrorGraphType<ConflictError>
{
    public ConflictErrorType() : base("ConflictError", "The record changed since the caller read it: read it again and retry.") =>
        Field(e => e.CurrentVersion).Description("The record's version now.");
}

public sealed class DuplicateSlugErrorType : ErrorGraphType<DuplicateSlugError>
{
    public DuplicateSlugErrorType() : base("DuplicateSlugError", "Another record already has this slug.") =>
        Field(e => e.Slug).Description("The slug that is taken.");
}

public sealed class InvalidTransitionErrorType : ErrorGraphType<InvalidTransitionError>
{
    public InvalidTransitionErrorType() : base("InvalidTransitionError", "The workflow does not allow this step from the record's current state.") =>
        Field(e => e.State).Description("The state the record is in, as its status field names it.");
}
