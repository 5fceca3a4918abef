using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Pixel-type conversions as methods of image features (NumPy's <c>astype</c>), e.g. <c>image.AsFloat()</c>; for
/// any other pair of types chain a <see cref="ConvertPixels{TFrom, TTo}"/>.
/// </summary>
public static class ConvertPixelsExtensions
{
    extension<TIn, TFrom>(Feature<TIn, Image<TFrom>> feature)
        where TFrom : unmanaged, INumberBase<TFrom>
    {
        /// <summary>The images with <see cref="double"/> pixels.</summary>
        /// <returns>The converting chain.</returns>
        public Feature<TIn, Image<double>> AsDouble() => feature >> new ConvertPixels<TFrom, double>();

        /// <summary>The images with <see cref="float"/> pixels.</summary>
        /// <returns>The converting chain.</returns>
        public Feature<TIn, Image<float>> AsFloat() => feature >> new ConvertPixels<TFrom, float>();

        /// <summary>The images with <see cref="int"/> pixels (truncated toward zero).</summary>
        /// <returns>The converting chain.</returns>
        public Feature<TIn, Image<int>> AsInt() => feature >> new ConvertPixels<TFrom, int>();

        /// <summary>The images with <see cref="byte"/> pixels (8-bit, truncated toward zero; outside 0–255 is an error).</summary>
        /// <returns>The converting chain.</returns>
        public Feature<TIn, Image<byte>> AsByte() => feature >> new ConvertPixels<TFrom, byte>();

        /// <summary>The images with <see cref="ushort"/> pixels (16-bit, truncated toward zero; outside 0–65535 is an error).</summary>
        /// <returns>The converting chain.</returns>
        public Feature<TIn, Image<ushort>> AsUInt16() => feature >> new ConvertPixels<TFrom, ushort>();

        /// <summary>The images with <see cref="Complex"/> pixels (imaginary part 0 for real input).</summary>
        /// <returns>The converting chain.</returns>
        public Feature<TIn, Image<Complex>> AsComplex() => feature >> new ConvertPixels<TFrom, Complex>();
    }
}
