using ILGPU.Algorithms;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>Single precision (float32) on the device.</summary>
internal readonly struct SingleMath : IDeviceMath<float>
{
    public float Of(double value) => (float)value;

    public double ToDouble(float value) => value;

    public float Sqrt(float value) => XMath.Sqrt(value);

    public float Cos(float value) => XMath.Cos(value);

    public float Sin(float value) => XMath.Sin(value);

    public float Acos(float value) => XMath.Acos(value);

    public float Exp(float value) => XMath.Exp(value);

    public float Clamp(float value, float minimum, float maximum) => XMath.Clamp(value, minimum, maximum);
}
