using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>The inverse of <see cref="SplitComplex"/>: a real image with two planes (real, imaginary) becomes a 2-D complex field.</summary>
[Feature]
public sealed partial record MergeComplex : Feature<Image<double>, Image<Complex>>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<double> input, FeatureContext context)
    {
        Require(input.Rank == 3 && input.Depth == 2, input.Depth, "a complex field is made from exactly two planes (real, imaginary)");
        var output = new Image<Complex>(input.Height, input.Width);
        var real = input.Plane(0);
        var imaginary = input.Plane(1);
        var target = output.AsWritableSpan();
        for (int i = 0; i < target.Length; i++)
        {
            target[i] = new Complex(real[i], imaginary[i]);
        }

        return output.WithTruth(input.Truth);
    }
}
