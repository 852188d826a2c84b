namespace NetworkGraph.Data.Common;

/// <summary>A stored row with a time-ordered GUID key, by which lists break ties and page.</summary>
public interface IIdentified
{
    Guid Id { get; }
}

/// <summary>Every stored record: a time-ordered GUID key, who and when, and a concurrency version.</summary>
public abstract class Entity : IIdentified
{
    private Guid key;

    /// <summary>
    /// A new record's key is made when first read, not in the constructor: EF Core constructs every row it reads
    /// and then sets the stored key, and a version-7 GUID costs a call to the random number generator.
    /// </summary>
    public Guid Id
    {
        get => key == Guid.Empty ? key = Guid.CreateVersion7() : key;
        set => key = value;
    }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>Content that curators publish: it has a workflow status and an audience.</summary>
public abstract class CuratedEntity : Entity, IHasAudience
{
    public ContentStatus Status { get; set; } = ContentStatus.Draft;
    public Visibility Visibility { get; set; } = Visibility.Public;
    /// <summary>The locale of the text columns on the record itself; other locales live in <see cref="LocalizedText"/>.</summary>
    public string DefaultLocale { get; set; } = "en";
    /// <summary>
    /// The revision the record's columns show to readers, once published. A published record's later revisions
    /// are its draft: curators edit them while readers keep seeing this one, until it is published again.
    /// </summary>
    public int? PublishedRevision { get; set; }
    /// <summary>When the scheduler publishes the record (with its latest draft); cleared once done.</summary>
    public DateTime? PublishAt { get; set; }
    /// <summary>When the scheduler takes the record back to draft; cleared once done.</summary>
    public DateTime? UnpublishAt { get; set; }
}

/// <summary>A relation between two records, itself a record with its own audience and provenance.</summary>
public abstract class EdgeEntity : Entity, IHasAudience
{
    public DateOnly? Since { get; set; }
    public DateOnly? Until { get; set; }
    public Visibility Visibility { get; set; } = Visibility.Public;
    public string? SourceNote { get; set; }
}

public enum ContentStatus { Draft, Published, Archived }

public enum Visibility { Public, Partners, Staff }

/// <summary>A record whose own visibility says who may see it.</summary>
public interface IHasAudience
{
    Visibility Visibility { get; }
}

/// <summary>A record with a unique, URL-friendly name.</summary>
public interface ISlugged
{
    string Slug { get; set; }
}
