// PostGraphile 4 serving the public read model (public-read-model.sql) at POST /graphql, configured as for
// production: no GraphiQL, no query log, no schema watching, no mutations. Filters (with relation filters)
// come from postgraphile-plugin-connection-filter.
//   DATABASE_URL=postgres://… PORT=5092 node server.js
"use strict";
const http = require("http");
const { postgraphile } = require("postgraphile");
const ConnectionFilterPlugin = require("postgraphile-plugin-connection-filter");

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT || 5092);
if (!databaseUrl) {
  console.error("DATABASE_URL is required.");
  process.exit(2);
}

const middleware = postgraphile(databaseUrl, "postgraphile_public", {
  appendPlugins: [ConnectionFilterPlugin],
  graphileBuildOptions: { connectionFilterRelations: true },
  disableDefaultMutations: true,
  disableQueryLog: true,
  graphiql: false,
  watchPg: false,
  retryOnInitFail: false,
  legacyRelations: "omit",
  setofFunctionsContainNulls: false,
  ignoreRBAC: true,
});

const server = http.createServer(middleware);
server.listen(port, "127.0.0.1", () => console.log(`PostGraphile listening on http://127.0.0.1:${port}/graphql`));
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
