namespace NetworkGraph.Api.Edges;

/// <summary><c>AddXInput</c>: the ends of the new edge, its own fields and the fields every edge has.</summary>
public sealed class AddEdgeInputType<T, TInput> : InputObjectGraphType where T : EdgeEntity where TInput : IEdgeInput<T>
{
    public AddEdgeInputType()
    {
        Name = $"Add{TInput.RecordType}Input";
        foreach (var group in Ties.Of<T>().Groups)
        {
            foreach (var end in group)
            {
                if (group.Count == 1) Field<NonNullGraphType<IdGraphType>>(end.Name).Description($"The {end.NodeType.Name}'s ID.");
                else Field<IdGraphType>(end.Name).Description($"The {end.NodeType.Name}'s ID; give exactly one of {string.Join(", ", group.Select(e => e.Name))}.");
            }
        }
        TInput.AddFields(this, create: true);
        this.AddCommonEdgeFields();
    }
}

/// <summary><c>UpdateXInput</c>: which edge, the version it was read at, and the fields to change.</summary>
public sealed class UpdateEdgeInputType<T, TInput> : InputObjectGraphType where T : EdgeEntity where TInput : IEdgeInput<T>
{
    public UpdateEdgeInputType()
    {
        Name = $"Update{TInput.RecordType}Input";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the change is based on, as read.");
        TInput.AddFields(this, create: false);
        this.AddCommonEdgeFields();
    }
}

/// <summary><c>EndEdgeInput</c>: which edge ends, and on which day.</summary>
public sealed class EndEdgeInputType : InputObjectGraphType
{
    public EndEdgeInputType()
    {
        Name = "EndEdgeInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The edge's global ID.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version the change is based on, as read.");
        Field<DateOnlyGraphType>("until").Description("The last day of the tie; today unless given.");
    }
}

public static class CommonEdgeFields
{
    public static void AddCommonEdgeFields(this InputObjectGraphType type)
    {
        type.Field<DateOnlyGraphType>("since").Description("When the tie began, if known.");
        type.Field<DateOnlyGraphType>("until").Description("When the tie ended or ends; not before since.");
        type.Field<EnumerationGraphType<Visibility>>("visibility").Description("Who may see the tie; Public unless given. Either end being hidden hides it too.");
        type.Field<StringGraphType>("sourceNote").Description("Where the tie is known from; read by staff only.");
    }
}
