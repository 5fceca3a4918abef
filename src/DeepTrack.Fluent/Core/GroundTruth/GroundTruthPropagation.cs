using System.Collections;

namespace DeepTrack.Fluent;

/// <summary>
/// After a feature computes: the output inherits the ground truth of its input (mapped if the feature
/// moved pixels), keeps what it already carries, and gains the feature's own entry.
/// </summary>
internal static class GroundTruthPropagation
{
    public static TOut Apply<TIn, TOut>(TIn input, TOut output, Feature resolved, FeatureContext context, CoordinateMapping? mapping)
    {
        if (output is not IGroundTruthCarrier carrier)
        {
            return output;
        }

        var builder = new GroundTruthBuilder();
        switch (input)
        {
            case IGroundTruthCarrier source when !ReferenceEquals(source, output):
                builder.AddRange(source.Truth, mapping);
                break;
            case IEnumerable items and not IGroundTruthCarrier:
                foreach (var item in items)
                {
                    if (item is IGroundTruthCarrier element)
                    {
                        builder.AddRange(element.Truth, mapping);
                    }
                }

                break;
        }

        builder.AddRange(carrier.Truth, null);
        if (resolved.RecordsGroundTruth)
        {
            builder.Add(new GroundTruthEntry(context.Feature, resolved, context.Replica, null));
        }

        var pipeline = context.Graph;
        return builder.Matches(carrier.Truth, pipeline) ? output : (TOut)carrier.WithTruth(builder.Build(pipeline));
    }
}
