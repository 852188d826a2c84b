using GraphQL.DataLoader;

namespace NetworkGraph.GraphQL.DataLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>Shapes a deferred result without awaiting it, so the batch stays open for the other resolvers.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    /// <summary>The results of several deferred loads, in order, as one: a list field whose items come from loaders.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> Together<T>(this IReadOnlyList<IDataLoaderResult<T>> results) => new AllOf<T>(results);

    /// <summary>A result known without loading anything.</summary>
    public static IDataLoaderResult<T> Loaded<T>(T value) => new Known<T>(value);

    private sealed class Known<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class AllOf<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(results.Count);
            foreach (var result in results) values.Add(await result.GetResultAsync(cancellationToken).ConfigureAwait(false));
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
