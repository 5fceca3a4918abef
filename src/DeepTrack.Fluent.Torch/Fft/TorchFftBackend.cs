using System;
using System.Numerics;
using DeepTrack.Fluent.Physics.Fft;
using TorchSharp;
using static TorchSharp.torch;

[assembly: FftBackendProvider(typeof(DeepTrack.Fluent.Torch.TorchFftBackend), -1)]

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Two-dimensional FFTs of the physics computed by libtorch (complex128, pocketfft on CPU, cuFFT on a CUDA
/// device when TorchSharp's CUDA backend is referenced). Referencing this package makes the optics use it
/// automatically (see <see cref="FftBackend"/>); on a GPU machine it moves the transforms to the device.
/// </summary>
/// <remarks>
/// Each call copies the data into a tensor and back, so on a CPU the managed backend is as fast for the grid
/// sizes the optics use (docs/performance.md compares both); the backend therefore takes precedence over the
/// managed default only when a CUDA device is present. Select it explicitly with
/// <c>FftBackend.Use(new TorchFftBackend())</c> or <c>FftBackend.Register(…)</c>.
/// </remarks>
public sealed class TorchFftBackend : IAdaptiveFftBackend
{
    private readonly Device device;

    /// <summary>Creates the backend on CUDA when available, otherwise on the CPU.</summary>
    public TorchFftBackend() => device = cuda.is_available() ? CUDA : CPU;

    /// <inheritdoc />
    public int Priority => device.type == DeviceType.CUDA ? 10 : -1;

    /// <inheritdoc />
    public string Name => $"libtorch ({device.type})";

    /// <inheritdoc />
    public void Forward(Span<Complex> data, int height, int width) => Transform(data, height, width, inverse: false);

    /// <inheritdoc />
    public void Inverse(Span<Complex> data, int height, int width) => Transform(data, height, width, inverse: true);

    private void Transform(Span<Complex> data, int height, int width, bool inverse)
    {
        if (data.Length != height * width)
        {
            throw new ArgumentException($"The data has {data.Length} values, not {height}×{width}.", nameof(data));
        }

        using var scope = NewDisposeScope();
        var input = tensor(data.ToArray(), [height, width], ScalarType.ComplexFloat64, device);
        var output = inverse ? fft.ifft2(input) : fft.fft2(input);
        var result = output.cpu().data<Complex>();
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = result[i];
        }
    }
}
