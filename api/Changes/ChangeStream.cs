using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NetworkGraph.Api.Health;
using NetworkGraph.Data.Changes;
using GraphQL.Builders;
using NetworkGraph.GraphQL.Transport;

namespace NetworkGraph.Api.Changes;

/// <summary>
/// A subscriber's events: those a field's filter keeps and that the subscriber may hear of when each is sent
/// (<see cref="ChangeAudience"/>, with a database context of its own per event), in the order of the log. With a cursor
/// (<see cref="After"/>), the events committed since it are read from the log first, then the live ones: none missed,
/// none twice. A subscriber that falls <see cref="MaxBehind"/> events behind is ended with a coded error rather than
/// held in memory without bound: it subscribes again from its last cursor.
/// </summary>
public static class ChangeStream
{
    public const int MaxBehind = 1_000;

    /// <summary>The argument every subscription field of changes takes to resume from a cursor.</summary>
    public const string After = "after";

    public const string AfterDescription = "Resume after this cursor (an event's `cursor`): what committed since is sent first. Only what commits from now on when left out.";

    private const int BatchSize = 500;

    /// <summary>
    /// A subscription field of changes: its own arguments, then <see cref="After"/>; <paramref name="wanted"/> reads the
    /// arguments (refusing bad ones with a coded error) and says which events the subscriber asked for.
    /// </summary>
    public static void AddField(ObjectGraphType subscription, string name, string description,
        Func<FieldBuilder<object?, ChangeEvent>, FieldBuilder<object?, ChangeEvent>> arguments, Func<IResolveFieldContext, Func<ChangeEvent, bool>> wanted) =>
        arguments(subscription.Field<NonNullGraphType<ChangeEventGraphType>, ChangeEvent>(name).Description(description))
            .Argument<StringGraphType>(After, AfterDescription)
            .ResolveStream(context => For(context, wanted(context)));

    /// <summary>The field's stream for the caller of the subscribing request.</summary>
    private static IObservable<ChangeEvent> For(IResolveFieldContext context, Func<ChangeEvent, bool> wanted)
    {
        var after = context.GetArgument<string?>(After) is { } cursor
            ? long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence
                : throw new CodedError(ErrorCodes.InvalidCursor, $"'{After}' is not a cursor of the change log.")
            : (long?)null;
        var services = context.RequestServices!;
        var reader = new Reader(services.GetRequiredService<ChangeFeed>(), services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>(),
            new ChangeAudience(new AccessRules(new CurrentViewer { Viewer = context.Access().Viewer })), wanted);
        return EventStreams.From(token => reader.ReadAsync(after, token));
    }

    private sealed class Reader(ChangeFeed feed, IDbContextFactory<NetworkGraphDbContext> contexts, ChangeAudience audience, Func<ChangeEvent, bool> wanted)
    {
        public async IAsyncEnumerable<ChangeEvent> ReadAsync(long? after, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var live = Channel.CreateBounded<ChangeEvent>(new BoundedChannelOptions(MaxBehind) { SingleReader = true });
            // Listening starts before the log is read, so that an event committed meanwhile is in one or the other.
            using var listening = feed.Listen(changeEvent =>
            {
                if (wanted(changeEvent) && !live.Writer.TryWrite(changeEvent))
                    live.Writer.TryComplete(new CodedError(ErrorCodes.TooManyPendingEvents, $"The subscriber fell {MaxBehind} events behind; subscribe again after its last cursor."));
            });
            var last = after ?? 0;
            for (var read = BatchSize; after is not null && read == BatchSize;)
            {
                var changes = await ReadLogAsync(last, cancellationToken);
                foreach (var change in changes)
                {
                    last = change.Sequence;
                    if (ChangeEvent.From(change) is { } changeEvent && wanted(changeEvent) && await MayHearOfAsync(changeEvent, cancellationToken))
                        yield return changeEvent;
                }
                read = changes.Count;
            }
            await foreach (var changeEvent in live.Reader.ReadAllAsync(cancellationToken))
                if (changeEvent.Sequence > last && await MayHearOfAsync(changeEvent, cancellationToken))
                    yield return changeEvent;
        }

        private Task<List<LoggedChange>> ReadLogAsync(long after, CancellationToken cancellationToken) =>
            WithDatabaseAsync(db => ChangeLog.AfterAsync(db, after, BatchSize, cancellationToken), cancellationToken);

        private Task<bool> MayHearOfAsync(ChangeEvent changeEvent, CancellationToken cancellationToken) =>
            WithDatabaseAsync(db => audience.MayHearOfAsync(db, changeEvent, cancellationToken), cancellationToken);

        /// <summary>Reads with a context of its own; a database that does not answer ends the stream with a coded error.</summary>
        private async Task<T> WithDatabaseAsync<T>(Func<NetworkGraphDbContext, Task<T>> read, CancellationToken cancellationToken)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                return await read(db);
            }
            catch (Exception exception) when (DatabaseOutages.Is(exception))
            {
                throw new CodedError(ErrorCodes.DatabaseUnavailable, IDatabaseOutages.Message);
            }
        }
    }
}
