using System.Numerics;
using System.Threading;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Delegates to the managed backend and counts the transforms (to check what the optics transform).</summary>
internal sealed class CountingBackend : IFftBackend
{
    private int forward;
    private int inverse;

    public int ForwardCount => forward;

    public int InverseCount => inverse;

    public string Name => "counting";

    public void Forward(Span<Complex> data, int height, int width)
    {
        Interlocked.Increment(ref forward);
        FftBackend.Managed.Forward(data, height, width);
    }

    public void Inverse(Span<Complex> data, int height, int width)
    {
        Interlocked.Increment(ref inverse);
        FftBackend.Managed.Inverse(data, height, width);
    }
}
