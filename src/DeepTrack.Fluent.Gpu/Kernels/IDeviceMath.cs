using System.Numerics;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// The functions of one precision on the device (<see cref="DoubleMath"/>, <see cref="SingleMath"/>): a struct type
/// parameter of the kernels, so ILGPU compiles one specialised kernel per precision; the arithmetic itself is
/// <typeparamref name="T"/>'s operators.
/// </summary>
/// <typeparam name="T">double or float.</typeparam>
internal interface IDeviceMath<T>
    where T : unmanaged, INumber<T>
{
    /// <summary>The value rounded to this precision.</summary>
    T Of(double value);

    /// <summary>The value in double.</summary>
    double ToDouble(T value);

    T Sqrt(T value);

    T Cos(T value);

    T Sin(T value);

    T Acos(T value);

    T Exp(T value);

    T Clamp(T value, T minimum, T maximum);
}
