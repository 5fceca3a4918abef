using System;
using System.Numerics;
using DeepTrack.Fluent.Physics.Fft;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Two-dimensional FFTs of the physics computed by libtorch (complex128, pocketfft on CPU, cuFFT on a CUDA
/// device when TorchSharp's CUDA backend is referenced). Used only when chosen: build a pipeline with
/// <c>new SimulationEnvironment().WithTorchFft()</c> (see <see cref="TorchEnvironment"/>).
/// </summary>
/// <remarks>
/// Each call copies the data into a tensor and back, so on a CPU the managed backend is as fast for the grid
/// sizes the optics use (docs/performance.md compares both); the libtorch backend pays off on a GPU.
/// </remarks>
public sealed class TorchFftBackend : IFftBackend
{
    private readonly Device device;

    /// <summary>Creates the backend on <paramref name="device"/>.</summary>
    /// <param name="device">Where the transforms run (null: CUDA when available, otherwise the CPU).</param>
    public TorchFftBackend(Device? device = null) => this.device = device ?? (cuda.is_available() ? CUDA : CPU);

    /// <summary>Where the transforms run.</summary>
    public Device Device => device;

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
