using System;
using System.Numerics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Scales, shears, rotates and translates an image about its centre (every plane alike, same size out);
/// positional ground truth follows the forward map.
/// </summary>
/// <remarks>
/// With the centre c = ((H − 1)/2, (W − 1)/2) and offsets d = p − c in (row, column), a position moves to
/// c + R(<see cref="Rotation"/>) · Sh(<see cref="Shear"/>) · <see cref="Scale"/> · d + (<see cref="TranslateRows"/>, <see cref="TranslateColumns"/>):
/// the shear adds tan(shear) · row to the column, and a positive rotation turns the image counter-clockwise as
/// displayed (rows downwards). Every output pixel reads the input at the inverse map with <see cref="Interpolation"/>;
/// reads outside the input follow <see cref="Mode"/>. For a random transform draw the properties, e.g.
/// <c>WithRotation(Distribution.Uniform(-Math.PI, Math.PI))</c>; apply the same instance to an image and its mask.
/// </remarks>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record Affine<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>The zoom factor (&gt; 0; 2 doubles sizes).</summary>
    [Positive]
    public partial double Scale { get; init; } = 1;

    /// <summary>The rotation in radians, counter-clockwise as displayed.</summary>
    public partial double Rotation { get; init; } = 0;

    /// <summary>The shear angle in radians (|shear| &lt; π/2): the column gains tan(shear) times the row offset.</summary>
    public partial double Shear { get; init; } = 0;

    /// <summary>Rows moved downwards, after the linear part.</summary>
    public partial double TranslateRows { get; init; } = 0;

    /// <summary>Columns moved rightwards, after the linear part.</summary>
    public partial double TranslateColumns { get; init; } = 0;

    /// <summary>How the input is read between pixel centres.</summary>
    public partial Interpolation Interpolation { get; init; } = Interpolation.Linear;

    /// <summary>How reads outside the input are answered.</summary>
    public partial BorderMode Mode { get; init; } = BorderMode.Constant;

    /// <summary>The value read outside the input for <see cref="BorderMode.Constant"/>.</summary>
    public partial double FillValue { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(double.IsFinite(Rotation), Rotation, "must be finite");
        Require(Math.Abs(Shear) < Math.PI / 2, Shear, "must be in (−π/2, π/2)");
        Require(double.IsFinite(TranslateRows), TranslateRows, "must be finite");
        Require(double.IsFinite(TranslateColumns), TranslateColumns, "must be finite");
        var m = Forward(input);
        double det = m.A * m.E - m.B * m.D;
        double ia = m.E / det, ib = -m.B / det, id = -m.D / det, ie = m.A / det;
        T fill = T.CreateChecked(FillValue);
        int height = input.Height, width = input.Width;
        var output = input.CreateLike();
        for (int z = 0; z < input.Depth; z++)
        {
            ReadOnlySpan<T> source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    double r = row - m.C, c = column - m.F;
                    target[row * width + column] = Resampler.Sample(source, height, width, ia * r + ib * c, id * r + ie * c, Interpolation, Mode, fill);
                }
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input) => Forward(input);

    private AffineMapping Forward(Image<T> input)
    {
        double cos = Math.Cos(Rotation), sin = Math.Sin(Rotation), shear = Math.Tan(Shear);
        double a = Scale * (cos - sin * shear), b = -Scale * sin, d = Scale * (sin + cos * shear), e = Scale * cos;
        double cr = (input.Height - 1) / 2.0, cc = (input.Width - 1) / 2.0;
        return new AffineMapping(a, b, cr - a * cr - b * cc + TranslateRows, d, e, cc - d * cr - e * cc + TranslateColumns);
    }
}
