using System.Reflection;
using System.Xml.Linq;
using DeepTrack.Fluent.Testing;

namespace DeepTrack.Fluent.Tests.Architecture;

/// <summary>
/// The package's implicit usings make double the default pixel type (<c>new FlipUpDown()</c>): the list of aliases in
/// buildTransitive/DeepTrack.Fluent.props must name every image feature whose only type argument is the pixel type.
/// </summary>
public class DoubleAliasTests
{
    [Fact]
    public void Every_image_feature_generic_in_its_pixel_type_has_a_double_alias_and_nothing_else_has_one()
    {
        var props = XDocument.Load(RepositoryPaths.Combine("src", "DeepTrack.Fluent", "buildTransitive", "DeepTrack.Fluent.props"));
        var aliases = props.Descendants("Using")
            .Where(u => u.Attribute("Alias") is not null)
            .ToDictionary(u => u.Attribute("Alias")!.Value, u => u.Attribute("Include")!.Value);

        var expected = typeof(Feature).Assembly.GetExportedTypes()
            .Where(t => t.IsGenericTypeDefinition && !t.IsAbstract && t.GetGenericArguments().Length == 1 && TakesImagesOfItsTypeArgument(t))
            .ToDictionary(t => t.Name[..t.Name.IndexOf('`')], t => $"{t.Namespace}.{t.Name[..t.Name.IndexOf('`')]}<double>");

        Assert.Equal(expected.OrderBy(p => p.Key), aliases.OrderBy(p => p.Key));
        Assert.All(expected.Keys, name => Assert.DoesNotContain(typeof(Feature).Assembly.GetExportedTypes(), t => t.Name == name));
    }

    private static bool TakesImagesOfItsTypeArgument(Type definition)
    {
        var pixel = definition.GetGenericArguments()[0];
        for (var type = definition.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Feature<,>))
            {
                var input = type.GetGenericArguments()[0];
                return input.IsGenericType && (input.GetGenericTypeDefinition() == typeof(Image<>) && input.GetGenericArguments()[0] == pixel
                    || input.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && input.GetGenericArguments()[0] is { IsGenericType: true } item
                        && item.GetGenericTypeDefinition() == typeof(Image<>) && item.GetGenericArguments()[0] == pixel);
            }
        }

        return false;
    }
}
