namespace NetworkGraph.Api.Network.Alliances;

public sealed class CrossBorderAlliancesType : ObjectGraphType<CrossBorderAlliances>
{
    public CrossBorderAlliancesType()
    {
        Name = nameof(CrossBorderAlliances);
        Description = "Who works with whom across borders: a country × country matrix of coalitions and partnerships, and the gaps in it.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>(Naming.LowerCamel(nameof(CrossBorderAlliances.Countries)))
            .Description("The countries of the organisations of the network (headquarters and operating countries), in code order.")
            .Resolve(context => context.Source.Countries.Select(context.Loaders().CountryByCode).ToList().Together());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrossBorderCellType>>>>(Naming.LowerCamel(nameof(CrossBorderAlliances.Cells)))
            .Description("Each pair of countries that a coalition or a partnership joins, once (from before to in code order).")
            .Resolve(context => context.Source.Cells);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrossBorderGapType>>>>(Naming.LowerCamel(nameof(CrossBorderAlliances.Gaps)))
            .Description("Pairs of neighbouring countries whose organisations share themes or target institutions, and that nothing joins.")
            .Resolve(context => context.Source.Gaps);
    }
}

public sealed class CrossBorderCellType : ObjectGraphType<CrossBorderCell>
{
    public const int MaxExamples = 50;
    private const string First = "first";

    public CrossBorderCellType()
    {
        Name = nameof(CrossBorderCell);
        Description = "The coalitions and partnerships that join organisations of two countries.";
        this.CountryField(cell => cell.From);
        this.CountryField(cell => cell.To);
        Field(cell => cell.Coalitions).Description("How many coalitions have a member organisation in each of the two countries (two different members).");
        Field(cell => cell.Partnerships).Description("How many partnerships join an organisation of one country to an organisation of the other.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>(Naming.LowerCamel(nameof(CrossBorderCell.Examples)))
            .Description("Coalitions, then partnerships (the edge records), each in a fixed order.")
            .Argument<IntGraphType>(First, $"How many (1 to {MaxExamples}).", argument => argument.DefaultValue = 5)
            .Resolve(context => context.Source.Examples.Take(context.Within(First, 1, MaxExamples))
                .Select(example => NetworkNodes.Load(context, example.RecordType, example.Id)).ToList().Together());
    }
}

public sealed class CrossBorderGapType : ObjectGraphType<CrossBorderGap>
{
    public CrossBorderGapType()
    {
        Name = nameof(CrossBorderGap);
        Description = "Two neighbouring countries (same UN M49 sub-region or policy grouping) whose organisations have work in common and that no coalition or partnership joins.";
        this.CountryField(gap => gap.From);
        this.CountryField(gap => gap.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>(Naming.LowerCamel(nameof(CrossBorderGap.SharedThemes)))
            .Description("The themes organisations of both countries work on, in code order (the same code in both).")
            .Resolve(context => context.Source.SharedThemes.Select(context.Loaders().ThemeByCode).ToList().Together());
        Field(gap => gap.Reason).Description("Why it is a gap, in words: how the countries are neighbours and what their organisations share.");
    }
}
