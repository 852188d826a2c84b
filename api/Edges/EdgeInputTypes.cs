namespace NetworkGraph.Api.Edges;

/// <summary>
/// <c>AddXInput</c> and <c>UpdateXInput</c> of a kind of tie, made from its declaration: the ends (on add), its role or
/// kind under the name of its property, and the fields every edge has.
/// </summary>
public abstract class EdgeInputType<TEdge> : RecordInputGraphType<EdgeInput> where TEdge : EdgeEntity
{
    protected static readonly Tie<TEdge> Tie = Ties.Of<TEdge>();

    protected EdgeInputType(string name) : base(name) { }

    /// <summary>The role or kind of the tie: required on add for an enum, optional for a text and on update.</summary>
    protected void AddRole(bool add)
    {
        if (Tie.Role is not { } role) return;
        var property = role.PropertyInfo.PropertyType;
        var graphType = InputGraphTypes.Of(property);
        AddField(new FieldType
        {
            Name = RoleField,
            Type = add && property.IsEnum ? typeof(NonNullGraphType<>).MakeGenericType(graphType) : graphType,
            Description = role.InputDescription,
        });
    }

    protected void AddCommonFields()
    {
        Field(i => i.Since, "When the tie began, if known.");
        Field(i => i.Until, "When the tie ended or ends; not before since.");
        Field(i => i.Visibility, "Who may see the tie; Public unless given. Either end being hidden hides it too.");
        Field(i => i.SourceNote, "Where the tie is known from; read by staff only.");
    }

    private static string RoleField => Naming.LowerCamel(Tie.Role!.PropertyInfo.Name);

    /// <summary>The common fields by their names; the ends and the role by the tie's declaration.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var input = InputRecord.From<EdgeInput>(value);
        var ends = Tie.Groups.SelectMany(group => group)
            .Where(end => value.TryGetValue(end.Name, out var id) && id is not null)
            .ToDictionary(end => end, end => (string)value[end.Name]!);
        var role = Tie.Role is null ? default : value.TryGetValue(RoleField, out var given)
            ? Optional<object?>.Given(RoleField, given) : Optional<object?>.Missing(RoleField);
        return input with { Ends = ends, Role = role };
    }
}

public sealed class AddEdgeInputType<TEdge> : EdgeInputType<TEdge> where TEdge : EdgeEntity
{
    public AddEdgeInputType() : base($"Add{typeof(TEdge).Name}Input")
    {
        foreach (var group in Tie.Groups)
            foreach (var end in group)
                AddField(new FieldType
                {
                    Name = end.Name,
                    Type = group.Count == 1 ? typeof(NonNullGraphType<IdGraphType>) : typeof(IdGraphType),
                    Description = group.Count == 1 ? $"The {end.NodeType.Name}'s ID."
                        : $"The {end.NodeType.Name}'s ID; give exactly one of {string.Join(", ", group.Select(e => e.Name))}.",
                });
        AddRole(add: true);
        AddCommonFields();
    }
}

public sealed class UpdateEdgeInputType<TEdge> : EdgeInputType<TEdge> where TEdge : EdgeEntity
{
    public UpdateEdgeInputType() : base($"Update{typeof(TEdge).Name}Input")
    {
        Field(i => i.Id, required: true, graphType: typeof(IdGraphType));
        Field(i => i.ExpectedVersion, "The version the change is based on, as read.", required: true);
        AddRole(add: false);
        AddCommonFields();
    }
}

/// <summary><c>EndEdgeInput</c>: which edge ends, and on which day.</summary>
public sealed class EndEdgeInputType : RecordInputGraphType<EndEdgeInput>
{
    public EndEdgeInputType() : base("EndEdgeInput")
    {
        this.AddRecordVersion("The edge's global ID.");
        Field(i => i.Until, "The last day of the tie; today unless given.");
    }
}
