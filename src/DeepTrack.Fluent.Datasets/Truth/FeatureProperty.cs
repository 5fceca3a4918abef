using System;
using System.Linq.Expressions;
using System.Reflection;

namespace DeepTrack.Fluent.Datasets.Truth;

/// <summary>A generated property of a feature type and a compiled getter for it.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Get">Reads the property of a feature of that type (boxed).</param>
internal sealed record FeatureProperty(string Name, Func<object, object?> Get)
{
    public static FeatureProperty Of(PropertyInfo property)
    {
        var feature = Expression.Parameter(typeof(object), "feature");
        var read = Expression.Property(Expression.Convert(feature, property.DeclaringType!), property);
        return new(property.Name, Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), feature).Compile());
    }
}
