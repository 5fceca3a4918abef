using System.Numerics;
using System.Text.Json;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>One reference output of DeepTrack 2.0 (see tests/reference/README.md).</summary>
internal sealed class Reference
{
    private Reference(JsonElement root)
    {
        Root = root;
        Shape = [.. root.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32())];
        if (root.TryGetProperty("values", out var values))
        {
            Values = [.. values.EnumerateArray().Select(e => e.GetDouble())];
        }
        else
        {
            var real = root.GetProperty("values_real").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var imaginary = root.GetProperty("values_imag").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            ComplexValues = [.. real.Zip(imaginary, (r, i) => new Complex(r, i))];
            Values = real;
        }
    }

    public JsonElement Root { get; }

    public int[] Shape { get; }

    public double[] Values { get; }

    public Complex[]? ComplexValues { get; }

    public JsonElement Params => Root.GetProperty("params");

    public JsonElement Extra => Root.GetProperty("extra");

    public static Reference Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DeepTrack.Fluent.Testing.RepositoryPaths.Reference(name)));
        return new Reference(document.RootElement.Clone());
    }
}
