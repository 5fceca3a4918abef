using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

internal static class Fft
{
    /// <summary>The FFT grid rows the optics use.</summary>
    public static int FftBackendGoodSize(Optics optics) => optics.CheckedLayout().GridHeight;
}
