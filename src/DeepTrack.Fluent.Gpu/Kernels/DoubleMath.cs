using ILGPU.Algorithms;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>Double precision on the device.</summary>
internal readonly struct DoubleMath : IDeviceMath<double>
{
    public double Of(double value) => value;

    public double ToDouble(double value) => value;

    public double Sqrt(double value) => XMath.Sqrt(value);

    public double Cos(double value) => XMath.Cos(value);

    public double Sin(double value) => XMath.Sin(value);

    public double Acos(double value) => XMath.Acos(value);

    public double Exp(double value) => XMath.Exp(value);

    public double Clamp(double value, double minimum, double maximum) => XMath.Clamp(value, minimum, maximum);
}
