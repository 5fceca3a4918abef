using System.Numerics;
using DeepTrack.Fluent.Gpu.Batching;
using DeepTrack.Fluent.Gpu.Kernels;
using DeepTrack.Fluent.Physics.Fft;
using ILGPU.Runtime;

namespace DeepTrack.Fluent.Gpu.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class FftKernelTests(SimulatorFixture fixture)
{
    [Theory]
    [InlineData(12, 18)]
    [InlineData(16, 27)]
    [InlineData(1, 8)]
    public void BatchedStockhamMatchesTheManagedBackend(int height, int width)
    {
        const int grids = 3;
        var random = new Random(height * 100 + width);
        var data = new Complex[grids * height * width];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5);
        }

        foreach (bool inverse in new[] { false, true })
        {
            var expected = (Complex[])data.Clone();
            var backend = new ManagedFftBackend();
            for (int g = 0; g < grids; g++)
            {
                var grid = expected.AsSpan(g * height * width, height * width);
                if (inverse)
                {
                    backend.Inverse(grid, height, width);
                }
                else
                {
                    backend.Forward(grid, height, width);
                }
            }

            var actual = Transform(data, height, width, grids, inverse);
            double peak = expected.Max(c => c.Magnitude);
            double difference = expected.Zip(actual, (e, a) => (e - a).Magnitude).Max();
            Assert.True(difference <= 1e-12 * peak, $"{(inverse ? "inverse" : "forward")} {height}×{width}: max difference {difference:G3} of peak {peak:G3}");
        }
    }

    private Complex[] Transform(Complex[] data, int height, int width, int grids, bool inverse)
    {
        var kernels = fixture.Device.Kernels;
        lock (fixture.Device.Gate)
        {
            var values = System.Runtime.InteropServices.MemoryMarshal.Cast<Complex, DeviceComplex<double>>(data);
            var buffer = kernels.Upload<DeviceComplex<double>>("testFft", values);
            var scratch = kernels.Buffer<DeviceComplex<double>>("testFftScratch", data.Length);
            var result = new DeviceFft<double, DoubleMath>(kernels, kernels.Double!, height, width).Transform(buffer, scratch, grids, inverse);
            var output = new DeviceComplex<double>[data.Length];
            result.SubView(0, data.Length).CopyToCPU(output);
            return output.Select(c => new Complex(c.Re, c.Im)).ToArray();
        }
    }
}
