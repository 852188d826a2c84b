// Monaco (used by GraphiQL 5 for all editors) runs its language services in
// web workers. build.mjs bundles each worker into its own file next to
// graphiql.js, so the workers are loaded from this service's own origin and
// the IDE works without network access to any CDN.
//
// Worker URLs are resolved relative to this module (graphiql.js), so they
// follow wherever the bundle is served from (e.g. /graphql/ide/).

const workerUrls = {
    editor: new URL('./editor.worker.js', import.meta.url),
    json: new URL('./json.worker.js', import.meta.url),
    graphql: new URL('./graphql.worker.js', import.meta.url),
};

globalThis.MonacoEnvironment = {
    getWorker(_workerId, label) {
        switch (label) {
            case 'json':
                return new Worker(workerUrls.json, { name: 'json' });
            case 'graphql':
                return new Worker(workerUrls.graphql, { name: 'graphql' });
            default:
                return new Worker(workerUrls.editor, { name: label || 'editor' });
        }
    },
};
