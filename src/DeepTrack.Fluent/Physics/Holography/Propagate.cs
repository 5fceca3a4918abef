using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Propagates a complex field by <see cref="Distance"/> with the angular-spectrum method (refocusing a hologram
/// is propagating by minus the particle's distance), optionally moving it laterally by (<see cref="ShiftRows"/>,
/// <see cref="ShiftColumns"/>). The field is extended by <see cref="Padding"/> pixels on every side (and up to the
/// next FFT-friendly size) as <see cref="Mode"/> says, to limit wrap-around, and cropped back.
/// </summary>
/// <remarks>
/// The transfer function is <see cref="AngularSpectrum"/>'s, with the carrier phase e^{ikd} (DeepTrack 2.0's propagation
/// matrix leaves it out: its fields differ from these by that constant phase).
/// </remarks>
[Feature]
public sealed partial record Propagate : Feature<Image<Complex>, Image<Complex>>
{
    /// <summary>The distance to propagate (negative: backwards, towards the source).</summary>
    public partial Length Distance { get; init; }

    /// <summary>The vacuum wavelength.</summary>
    [Wavelength]
    public partial Length Wavelength { get; init; } = 633.Nanometers();

    /// <summary>The refractive index of the medium.</summary>
    [Positive]
    public partial double RefractiveIndexMedium { get; init; } = 1.33;

    /// <summary>The size of one pixel of the field.</summary>
    [Positive]
    public partial Length PixelSize { get; init; } = 100.Nanometers();

    /// <summary>Pixels added on every side before propagating (≥ 0).</summary>
    [NonNegative]
    public partial int Padding { get; init; } = 0;

    /// <summary>How the added pixels are filled (default: reflected about the edge, as DeepTrack 2.0 pads).</summary>
    public partial FieldPadding Mode { get; init; } = FieldPadding.Reflect;

    /// <summary>The lateral shift towards increasing rows (DeepTrack 2.0's dy).</summary>
    public partial Length ShiftRows { get; init; } = default;

    /// <summary>The lateral shift towards increasing columns (DeepTrack 2.0's dx).</summary>
    public partial Length ShiftColumns { get; init; } = default;

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<Complex> input, FeatureContext context)
    {
        Require(input.Rank == 2, input.Rank, "propagation needs a 2-D field");
        Require(double.IsFinite(Distance.Meters), Distance, "must be finite");
        Require(Padding >= 0 && (long)Math.Max(input.Height, input.Width) + 2L * Padding <= 1 << 14, Padding, $"must be ≥ 0 and keep the padded field within 2^14 pixels a side ({input.Height}×{input.Width} field)");
        Require(double.IsFinite(ShiftRows.Meters), ShiftRows, "must be finite");
        Require(double.IsFinite(ShiftColumns.Meters), ShiftColumns, "must be finite");
        int height = Fft.FftBackend.GoodSize(input.Height + 2 * Padding);
        int width = Fft.FftBackend.GoodSize(input.Width + 2 * Padding);
        int top = (height - input.Height) / 2, left = (width - input.Width) / 2;
        var grid = FieldPadder.Pad(input.AsReadOnlySpan(), input.Height, input.Width, height, width, top, left, Mode);
        AngularSpectrum.Propagate(grid, height, width, PixelSize, Wavelength, RefractiveIndexMedium, Distance, ShiftRows, ShiftColumns, context.Environment);
        var output = input.CreateLike();
        var target = output.AsWritableSpan();
        for (int row = 0; row < input.Height; row++)
        {
            grid.AsSpan((row + top) * width + left, input.Width).CopyTo(target.Slice(row * input.Width, input.Width));
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<Complex> input)
        => AffineMapping.Translate(ShiftRows / PixelSize, ShiftColumns / PixelSize);
}
