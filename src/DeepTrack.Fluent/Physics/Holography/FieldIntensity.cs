using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>The in-line hologram (what a camera records): |E|² of a complex field.</summary>
[Feature]
public sealed partial record FieldIntensity : Feature<Image<Complex>, Image<double>>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<Complex> input, FeatureContext context)
    {
        var output = input.Rank == 2 ? new Image<double>(input.Height, input.Width) : new Image<double>(input.Height, input.Width, input.Depth);
        var source = input.AsReadOnlySpan();
        var target = output.AsWritableSpan();
        for (int i = 0; i < source.Length; i++)
        {
            var value = source[i];
            target[i] = value.Real * value.Real + value.Imaginary * value.Imaginary;
        }

        return output.WithTruth(input.Truth);
    }
}
