using System;
using System.Linq;
using System.Numerics;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Fft;
using TorchSharp;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class TorchFftBackendTests
{
    private static Complex[] RandomField(int length, ulong seed)
    {
        var random = new RandomStream(seed);
        return Enumerable.Range(0, length).Select(_ => new Complex(random.NextGaussian(), random.NextGaussian())).ToArray();
    }

    [Theory]
    [InlineData(64, 64)]
    [InlineData(96, 162)]
    public void Forward_and_inverse_match_the_managed_transform(int height, int width)
    {
        var torchBackend = new TorchFftBackend();
        var data = RandomField(height * width, 5);
        var viaTorch = (Complex[])data.Clone();
        var viaManaged = (Complex[])data.Clone();
        torchBackend.Forward(viaTorch, height, width);
        new ManagedFftBackend().Forward(viaManaged, height, width);
        double scale = viaManaged.Max(v => v.Magnitude);
        Assert.All(viaTorch.Zip(viaManaged), p => Assert.True((p.First - p.Second).Magnitude < 1e-12 * scale));

        torchBackend.Inverse(viaTorch, height, width);
        Assert.All(viaTorch.Zip(data), p => Assert.True((p.First - p.Second).Magnitude < 1e-12));
    }

    [Fact]
    public void The_backend_is_used_only_when_chosen()
    {
        // This assembly references the Torch package, so a scan of loaded assemblies would find the backend: nothing scans.
        Assert.Contains(AppDomain.CurrentDomain.GetAssemblies(), a => a == typeof(TorchFftBackend).Assembly);
        Assert.IsType<ManagedFftBackend>(new SimulationEnvironment().Fft);
        Assert.IsType<ManagedFftBackend>(((new PointParticle() ^ 1) >> new Fluorescence()).Build().Environment.Fft);

        var chosen = new SimulationEnvironment().WithCacheBudget(1 << 20).WithTorchFft(torch.CPU);
        var backend = Assert.IsType<TorchFftBackend>(chosen.Fft);
        Assert.Equal("libtorch (CPU)", backend.Name);
        Assert.Equal(1 << 20, chosen.Cache.BudgetBytes);
    }

    [Fact]
    public void Optics_give_the_same_image_with_the_libtorch_backend()
    {
        var spheres = new Sphere().WithRadius(0.4.Micrometers()).WithPosition(Distribution.UniformPosition(10, 54, 10, 54)) ^ 3;
        Feature<System.Collections.Generic.IReadOnlyList<SampleObject>, Image<double>> Microscope() => spheres >> new Fluorescence().WithOutputRegion(PixelRegion.Square(64));
        var managed = Microscope().Build(seed: 4).Sample(3).AsSpan().ToArray();
        var counting = new CountingBackend(new TorchFftBackend());
        double[] viaTorch = Microscope().Build(seed: 4, new SimulationEnvironment(counting)).Sample(3).AsSpan().ToArray();

        Assert.True(counting.Calls > 0, "the optics must have used the libtorch backend");
        double peak = managed.Max();
        Assert.All(managed.Zip(viaTorch), p => Assert.True(Math.Abs(p.First - p.Second) < 1e-12 * peak));
    }

    private sealed class CountingBackend(IFftBackend inner) : IFftBackend
    {
        public int Calls { get; private set; }

        public string Name => inner.Name;

        public void Forward(Span<Complex> data, int height, int width)
        {
            Calls++;
            inner.Forward(data, height, width);
        }

        public void Inverse(Span<Complex> data, int height, int width)
        {
            Calls++;
            inner.Inverse(data, height, width);
        }
    }
}
