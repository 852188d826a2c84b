// Entry point of the NetworkGraph GraphiQL page. Bundled by build.mjs into
// graphiql.js / graphiql.css.
import './monaco-environment.js';
import 'graphiql/style.css';
import './index.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';

const DEFAULT_QUERY = `# NetworkGraph GraphQL IDE
#
# Ctrl+Enter runs the query, Ctrl+Space completes.
# The book icon on the left opens the schema docs.
#
# To authenticate, open "Headers" below and enter:
#   { "Authorization": "Bearer <token>" }

{
  organisations(first: 5) {
    nodes {
      name
      slug
    }
  }
}
`;

const container = document.getElementById('graphiql');

if (container) {
    // The endpoint is the page's own path unless the page names it explicitly
    // (data-endpoint="/graphql"). A trailing slash is dropped so that a page
    // opened as /graphql/ still posts to /graphql.
    const endpoint =
        container.dataset.endpoint ||
        window.location.pathname.replace(/\/+$/, '') ||
        '/graphql';

    // Subscriptions go over graphql-transport-ws to the same path. GraphiQL's
    // headers reach only HTTP requests, so subscriptions from here are anonymous.
    const socketScheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const fetcher = createGraphiQLFetcher({
        url: endpoint,
        subscriptionUrl: `${socketScheme}://${window.location.host}${endpoint}`,
    });

    createRoot(container).render(
        <GraphiQL
            fetcher={fetcher}
            defaultQuery={DEFAULT_QUERY}
            isHeadersEditorEnabled
            defaultEditorToolsVisibility="headers"
            shouldPersistHeaders={false}
        />,
    );
}
