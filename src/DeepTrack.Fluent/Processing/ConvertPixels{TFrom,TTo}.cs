using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Converts the pixel type, e.g. <c>image.AsFloat()</c> (NumPy's <c>astype</c>). Real to integer truncates
/// toward zero, as NumPy does; unlike NumPy, a value that does not fit (NaN, ±∞, out of the integer's range, a
/// complex pixel with an imaginary part converted to a real type) is an error naming the pixel, not a wrapped or
/// discarded value.
/// </summary>
/// <typeparam name="TFrom">The input pixel type.</typeparam>
/// <typeparam name="TTo">The output pixel type.</typeparam>
[Feature]
public sealed partial record ConvertPixels<TFrom, TTo> : Feature<Image<TFrom>, Image<TTo>>
    where TFrom : unmanaged, INumberBase<TFrom>
    where TTo : unmanaged, INumberBase<TTo>
{
    /// <inheritdoc />
    protected override Image<TTo> Compute(Image<TFrom> input, FeatureContext context)
    {
        var result = input.Rank == 2 ? new Image<TTo>(input.Height, input.Width) : new Image<TTo>(input.Height, input.Width, input.Depth);
        var source = input.AsSpan();
        var target = result.AsWritableSpan();

        // Complex → real through CreateChecked gives NaN for a non-zero imaginary part; it is checked here instead.
        bool complexToReal = typeof(TFrom) == typeof(Complex) && typeof(TTo) != typeof(Complex);
        for (int i = 0; i < source.Length; i++)
        {
            try
            {
                target[i] = complexToReal ? TTo.CreateChecked(RealPart(Unsafe.BitCast<TFrom, Complex>(source[i]))) : TTo.CreateChecked(source[i]);
            }
            catch (Exception error) when (error is OverflowException or NotSupportedException)
            {
                int plane = i / (input.Height * input.Width), row = i / input.Width % input.Height, column = i % input.Width;
                throw new InvalidOperationException(
                    $"{Name}: the pixel ({row}, {column}, {plane}) = {source[i]} cannot be represented as {typeof(TTo).Name}; clip, round or take a part first.", error);
            }
        }

        return result;
    }

    private static double RealPart(Complex value)
        => value.Imaginary == 0 ? value.Real : throw new OverflowException("The pixel has an imaginary part.");
}
