namespace NetworkGraph.Tests.Limits;

/// <summary>The introspection query GraphiQL sends: graphql-js 16.15's getIntrospectionQuery() with its defaults.</summary>
public static class IntrospectionQuery
{
    public static string Text { get; } = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        """ + $"\nfragment TypeRef on __Type {{ kind name {OfType(9)} }}\n";

    private static string OfType(int levels) => levels == 0 ? "" : $"ofType {{ name kind {OfType(levels - 1)} }}";
}
