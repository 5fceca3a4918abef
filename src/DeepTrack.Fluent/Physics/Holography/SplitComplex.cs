using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The off-axis hologram as a network input: a 2-D complex field becomes a 3-D real image with two planes,
/// the real part (plane 0) and the imaginary part (plane 1). <see cref="MergeComplex"/> is the inverse.
/// </summary>
[Feature]
public sealed partial record SplitComplex : Feature<Image<Complex>, Image<double>>
{
    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<Complex> input, FeatureContext context)
    {
        Require(input.Rank == 2, input.Rank, "only a 2-D field can be split into two planes");
        var output = new Image<double>(input.Height, input.Width, 2);
        var source = input.AsReadOnlySpan();
        var real = output.WritablePlane(0);
        var imaginary = output.WritablePlane(1);
        for (int i = 0; i < source.Length; i++)
        {
            real[i] = source[i].Real;
            imaginary[i] = source[i].Imaginary;
        }

        return output.WithTruth(input.Truth);
    }
}
