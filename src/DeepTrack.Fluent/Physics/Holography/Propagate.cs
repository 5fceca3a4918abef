using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Propagates a complex field by <see cref="Distance"/> with the angular-spectrum method (refocusing a hologram
/// is propagating by minus the particle's distance). The field is padded with its mean value on every side by
/// <see cref="Padding"/> pixels to limit wrap-around, and cropped back.
/// </summary>
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

    /// <inheritdoc />
    protected override Image<Complex> Compute(Image<Complex> input, FeatureContext context)
    {
        Require(input.Rank == 2, input.Rank, "propagation needs a 2-D field");
        int height = Fft.FftBackend.GoodSize(input.Height + 2 * Padding);
        int width = Fft.FftBackend.GoodSize(input.Width + 2 * Padding);
        int top = (height - input.Height) / 2, left = (width - input.Width) / 2;
        var source = input.AsReadOnlySpan();
        Complex fill = Complex.Zero;
        if (height != input.Height || width != input.Width)
        {
            foreach (var value in source)
            {
                fill += value;
            }

            fill /= source.Length;
        }

        var grid = new Complex[height * width];
        grid.AsSpan().Fill(fill);
        for (int row = 0; row < input.Height; row++)
        {
            source.Slice(row * input.Width, input.Width).CopyTo(grid.AsSpan((row + top) * width + left, input.Width));
        }

        AngularSpectrum.Propagate(grid, height, width, PixelSize, Wavelength, RefractiveIndexMedium, Distance, context.Environment);
        var output = input.CreateLike();
        var target = output.AsWritableSpan();
        for (int row = 0; row < input.Height; row++)
        {
            grid.AsSpan((row + top) * width + left, input.Width).CopyTo(target.Slice(row * input.Width, input.Width));
        }

        return output;
    }
}
