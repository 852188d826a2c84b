using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using GraphQL;

namespace NetworkGraph.GraphQL.Mutations;

/// <summary>
/// Builds a typed input record from the fields of an input object, as GraphQL.NET hands them over or as they were saved:
/// each settable property reads the field of its name in lower camel case ("headquartersCountry" for
/// HeadquartersCountry). An <see cref="Optional{T}"/> property says whether its field was given; any other takes the
/// field's value, or its default when the field is missing.
/// </summary>
public static class InputRecord
{
    private static readonly ConcurrentDictionary<Type, RecordProperty[]> PropertiesOf = new();

    public static T From<T>(IDictionary<string, object?> fields) where T : new()
    {
        var record = new T();
        foreach (var property in PropertiesOf.GetOrAdd(typeof(T), Describe))
            property.Info.SetValue(record, property.ValueIn(fields));
        return record;
    }

    /// <summary>The input field name of a record property.</summary>
    public static string FieldOf(PropertyInfo property) => Naming.LowerCamel(property.Name);

    private static RecordProperty[] Describe(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite)
            .Select(property => new RecordProperty(property, FieldOf(property))),
    ];

    private sealed record RecordProperty(PropertyInfo Info, string Field)
    {
        private readonly Type? optionalOf = Info.PropertyType.IsGenericType && Info.PropertyType.GetGenericTypeDefinition() == typeof(Optional<>)
            ? Info.PropertyType.GetGenericArguments()[0]
            : null;

        public object? ValueIn(IDictionary<string, object?> fields)
        {
            var given = fields.TryGetValue(Field, out var value);
            if (optionalOf is null) return given ? Converted(value, Info.PropertyType) : null;
            var factory = Info.PropertyType.GetMethod(given ? nameof(Optional<object>.Given) : nameof(Optional<object>.Missing))!;
            return factory.Invoke(null, given ? [Field, Converted(value, optionalOf)] : [Field]);
        }

        /// <summary>
        /// The value as the property's type: GraphQL.NET gives enums, dates and lists of objects; a saved record gives
        /// names for enums and ISO text for dates.
        /// </summary>
        private static object? Converted(object? value, Type type)
        {
            if (value is null) return null;
            var target = Nullable.GetUnderlyingType(type) ?? type;
            if (target.IsInstanceOfType(value)) return value;
            if (target.IsEnum && value is string name) return Enum.Parse(target, name);
            if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>) && value is IEnumerable<object?> items)
            {
                var itemType = target.GetGenericArguments()[0];
                var list = (IList)Activator.CreateInstance(target)!;
                foreach (var item in items) list.Add(Converted(item, itemType));
                return list;
            }
            return ValueConverter.ConvertTo(value, target);
        }
    }
}
