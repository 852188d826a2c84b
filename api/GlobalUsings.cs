// Namespaces that nearly every feature folder reads: the GraphQL engine, the toolkit and the data model.
global using GraphQL;
global using GraphQL.Types;
global using Microsoft.EntityFrameworkCore;
global using NetworkGraph.Api.Schema;
global using NetworkGraph.Data;
global using NetworkGraph.Data.Common;
global using NetworkGraph.GraphQL;
global using NetworkGraph.GraphQL.Connections;
global using NetworkGraph.GraphQL.DataLoading;
global using NetworkGraph.GraphQL.Filtering;
global using NetworkGraph.GraphQL.Mutations;
global using NetworkGraph.GraphQL.Projection;
global using NetworkGraph.GraphQL.Relay;
global using NetworkGraph.GraphQL.Schema;
