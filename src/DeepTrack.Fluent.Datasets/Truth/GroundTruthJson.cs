using System;
using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeepTrack.Fluent.Infrastructure;

namespace DeepTrack.Fluent.Datasets.Truth;

/// <summary>
/// Writes the ground truth of a sample as JSON, and reads its numbers and positions, for the features of one pipeline.
/// </summary>
/// <remarks>
/// <para>The JSON of a sample, keys always in this order:
/// <c>{"index": 17, "features": [{"feature": "PointParticle", "node": 0, "replica": [2], "properties": {"Position": {"row": 12.5, "column": 30.25}, "Intensity": 80.0}}, …]}</c>.
/// Features appear in evaluation order (replicas in order); properties in declaration order, base type first.</para>
/// <para>Values: numbers as the shortest text that reads back to the same double, NaN and infinities as the strings
/// <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>; positions as <c>{"row", "column"}</c> in the output image's pixel
/// frame (mapped through flips, crops and pooling, as <see cref="GroundTruth.Get{TFeature, TValue}"/> maps them);
/// lengths in metres and angles in radians as plain numbers; complex numbers as <c>{"real", "imaginary"}</c>; regions
/// as <c>{"top", "left", "height", "width"}</c>; enums by name; lists as arrays; anything else as its invariant text.</para>
/// </remarks>
public sealed class GroundTruthJson
{
    private readonly Dictionary<Feature, int> nodes = [];
    private readonly ConcurrentDictionary<Type, FeatureProperty[]> properties = new();
    private readonly ConcurrentDictionary<Type, MethodInfo?> positionalMaps = new();

    /// <summary>Creates the writer for the features of a pipeline.</summary>
    /// <param name="features">The pipeline's features in node order (<see cref="Pipeline{TIn, TOut}.Features"/>).</param>
    public GroundTruthJson(IReadOnlyList<Feature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        for (int i = 0; i < features.Count; i++)
        {
            nodes[features[i]] = i;
        }
    }

    /// <summary>The UTF-8 JSON of one sample's ground truth, on one line.</summary>
    /// <param name="index">The sample index.</param>
    /// <param name="truth">The sample's ground truth.</param>
    /// <returns>The bytes.</returns>
    public byte[] Serialize(long index, GroundTruth truth)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, index, truth);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes one sample's ground truth as a JSON object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="index">The sample index.</param>
    /// <param name="truth">The sample's ground truth.</param>
    public void Write(Utf8JsonWriter writer, long index, GroundTruth truth)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(truth);
        writer.WriteStartObject();
        writer.WriteNumber("index", index);
        writer.WriteStartArray("features");
        foreach (var entry in truth.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("feature", entry.Feature.Name);
            writer.WriteNumber("node", NodeOf(entry.Feature));
            writer.WriteStartArray("replica");
            for (int level = 0; level < entry.Replica.Depth; level++)
            {
                writer.WriteNumberValue(entry.Replica[level]);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            foreach (var property in PropertiesOf(entry.Values.GetType()))
            {
                writer.WritePropertyName(property.Name);
                WriteValue(writer, property.Get(entry.Values), entry.Mapping);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Every number of a sample's ground truth (the numeric leaves of the JSON), in the JSON's order.</summary>
    /// <param name="truth">The sample's ground truth.</param>
    /// <returns>The numbers; strings, enums and non-finite values are left out.</returns>
    public IEnumerable<TruthValue> Numbers(GroundTruth truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var leaves = new List<(string, double)>();
        foreach (var entry in truth.Entries)
        {
            int node = NodeOf(entry.Feature);
            foreach (var property in PropertiesOf(entry.Values.GetType()))
            {
                leaves.Clear();
                Flatten(property.Name, property.Get(entry.Values), entry.Mapping, leaves);
                foreach (var (path, value) in leaves)
                {
                    yield return new TruthValue(entry.Feature.Name, node, entry.Replica, path, value);
                }
            }
        }
    }

    /// <summary>Every <see cref="PixelPosition"/> property of a sample's ground truth, mapped into the output's pixel frame.</summary>
    /// <param name="truth">The sample's ground truth.</param>
    /// <returns>The positions in evaluation order.</returns>
    public IEnumerable<TruthPosition> Positions(GroundTruth truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        foreach (var entry in truth.Entries)
        {
            foreach (var property in PropertiesOf(entry.Values.GetType()))
            {
                if (property.Get(entry.Values) is PixelPosition position)
                {
                    yield return new TruthPosition(entry.Feature.Name, NodeOf(entry.Feature), entry.Replica, property.Name, Map(position, entry.Mapping));
                }
            }
        }
    }

    private int NodeOf(Feature feature) => nodes.TryGetValue(feature, out int node) ? node : -1;

    // The generated properties of a feature type, base type first, each type's in declaration (metadata) order, with
    // compiled getters (reflection's GetValue would cost more than the rest of the JSON).
    private FeatureProperty[] PropertiesOf(Type type) => properties.GetOrAdd(type, static t =>
    {
        var chain = new List<Type>();
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FeatureProperty>();
        foreach (var declaring in chain)
        {
            var declared = declaring
                .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttribute<FeaturePropertyAttribute>() is not null && p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.MetadataToken);
            foreach (var property in declared)
            {
                if (seen.Add(property.Name))
                {
                    result.Add(FeatureProperty.Of(t.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance) ?? property));
                }
            }
        }

        return [.. result];
    });

    private static PixelPosition Map(PixelPosition position, CoordinateMapping? mapping) => mapping is null ? position : mapping.Map(position);

    private object? MapPositional(object value, CoordinateMapping? mapping)
    {
        if (mapping is null)
        {
            return value;
        }

        if (value is PixelPosition position)
        {
            return mapping.Map(position);
        }

        // Other positional types (IPositional<TSelf>) are found once per type.
        var map = positionalMaps.GetOrAdd(value.GetType(), static type => type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPositional<>) && i.GenericTypeArguments[0] == type)
            ?.GetMethod(nameof(IPositional<PixelPosition>.Map)));
        return map is null ? value : map.Invoke(value, [mapping]);
    }

    private void WriteValue(Utf8JsonWriter writer, object? value, CoordinateMapping? mapping)
    {
        value = value is null ? null : MapPositional(value, mapping);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case Half h:
                WriteDouble(writer, (double)h);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case int or long or short or sbyte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case uint or ulong or ushort or byte:
                writer.WriteNumberValue(Convert.ToUInt64(value, CultureInfo.InvariantCulture));
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case PixelPosition p:
                writer.WriteStartObject();
                writer.WritePropertyName("row");
                WriteDouble(writer, p.Row);
                writer.WritePropertyName("column");
                WriteDouble(writer, p.Column);
                writer.WriteEndObject();
                break;
            case Length length:
                WriteDouble(writer, length.Meters);
                break;
            case Angle angle:
                WriteDouble(writer, angle.Radians);
                break;
            case Complex c:
                writer.WriteStartObject();
                writer.WritePropertyName("real");
                WriteDouble(writer, c.Real);
                writer.WritePropertyName("imaginary");
                WriteDouble(writer, c.Imaginary);
                writer.WriteEndObject();
                break;
            case Physics.PixelRegion r:
                writer.WriteStartObject();
                writer.WriteNumber("top", r.Top);
                writer.WriteNumber("left", r.Left);
                writer.WriteNumber("height", r.Height);
                writer.WriteNumber("width", r.Width);
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item, mapping);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private void Flatten(string path, object? value, CoordinateMapping? mapping, List<(string, double)> leaves)
    {
        value = value is null ? null : MapPositional(value, mapping);
        switch (value)
        {
            case bool b:
                leaves.Add((path, b ? 1 : 0));
                break;
            case double or float or Half or decimal or int or long or short or sbyte or uint or ulong or ushort or byte:
                double number = Convert.ToDouble(value is Half h ? (double)h : value, CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    leaves.Add((path, number));
                }

                break;
            case PixelPosition p:
                leaves.Add((path + ".row", p.Row));
                leaves.Add((path + ".column", p.Column));
                break;
            case Length length:
                leaves.Add((path, length.Meters));
                break;
            case Angle angle:
                leaves.Add((path, angle.Radians));
                break;
            case Complex c:
                leaves.Add((path + ".real", c.Real));
                leaves.Add((path + ".imaginary", c.Imaginary));
                break;
            case Physics.PixelRegion r:
                leaves.Add((path + ".top", r.Top));
                leaves.Add((path + ".left", r.Left));
                leaves.Add((path + ".height", r.Height));
                leaves.Add((path + ".width", r.Width));
                break;
            case string or Enum or null:
                break;
            case IEnumerable items:
                int i = 0;
                foreach (var item in items)
                {
                    Flatten(string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), item, mapping, leaves);
                }

                break;
        }
    }
}
