using System.Linq;
using DeepTrack.Fluent.Generators.Models;

namespace DeepTrack.Fluent.Generators;

/// <summary>The names a <see cref="SetterShape"/> is written with, for one property of one feature.</summary>
internal sealed class SetterNames
{
    private readonly FeatureModel model;

    /// <summary>Collects the names.</summary>
    /// <param name="model">The feature that gets the setters.</param>
    /// <param name="property">The property.</param>
    /// <param name="inherited">Whether the property is inherited.</param>
    public SetterNames(FeatureModel model, PropertyModel property, bool inherited)
    {
        this.model = model;
        Self = model.Name;
        Type = property.Type;
        Property = property.Name;
        Identifier = property.Identifier;
        DeclaringType = property.DeclaringType;
        See = $"<see cref=\"{FeatureEmitter.Cref(inherited ? property.DeclaringType : model.Name)}.{property.Identifier}\"/>";
    }

    /// <summary>The feature type.</summary>
    public string Self { get; }

    /// <summary>The property's type.</summary>
    public string Type { get; }

    /// <summary>The property's name, as it appears in <c>With…</c>.</summary>
    public string Property { get; }

    /// <summary>The property's name as an identifier.</summary>
    public string Identifier { get; }

    /// <summary>The type that declares the property.</summary>
    public string DeclaringType { get; }

    /// <summary>A documentation reference to the property.</summary>
    public string See { get; }

    /// <summary>A method type parameter's name, changed when the feature already uses it.</summary>
    /// <param name="name">The preferred name.</param>
    /// <returns>A name no type parameter in scope has.</returns>
    public string TypeParameter(string name)
    {
        while (model.TypeParameters.Contains(name))
        {
            name += "_";
        }

        return name;
    }
}
