using System.Numerics;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Tests.Physics.Fft;

public class FftTests
{
    private static readonly ManagedFftBackend Managed = new();

    /// <summary>
    /// The AVX butterflies, which take two interleaved sequences at a time, give the scalar butterflies' bits: for
    /// lengths with every mix of radices 4, 2, 3 and other primes, odd and even numbers of sequences (one sequence is
    /// the rows' case), random values and values with zeros of both signs, infinities and NaN (NaN for NaN).
    /// </summary>
    [Fact]
    public void VectorButterfliesGiveTheScalarBits()
    {
        Assert.True(System.Runtime.Intrinsics.X86.Avx.IsSupported, "this machine has no AVX: the vector butterflies are not tried");
        int compared = 0;
        foreach (int length in new[] { 1, 2, 3, 4, 6, 8, 9, 12, 16, 18, 24, 27, 32, 36, 48, 64, 5, 7, 10, 14, 20, 35, 49, 96, 162, 256 })
        {
            foreach (int stride in new[] { 1, 2, 3, 4, 5, 8, 17 })
            {
                var plan = new FftPlan(length);
                var data = RandomData(length * stride, (ulong)(length * 100 + stride));
                if (stride == 5)
                {
                    data[0] = new Complex(-0.0, 0.0);
                    data[^1] = new Complex(double.PositiveInfinity, -0.0);
                    data[data.Length / 2] = new Complex(double.NaN, 1);
                }

                var scalar = (Complex[])data.Clone();
                var vector = (Complex[])data.Clone();
                plan.Forward(scalar, new Complex[data.Length], stride, vectorize: false);
                plan.Forward(vector, new Complex[data.Length], stride, vectorize: true);
                for (int i = 0; i < data.Length; i++)
                {
                    Assert.True(
                        Same(scalar[i].Real, vector[i].Real) && Same(scalar[i].Imaginary, vector[i].Imaginary),
                        $"length {length}, stride {stride}, value {i}: scalar {scalar[i]}, vector {vector[i]}");
                }

                compared++;
            }
        }

        Assert.Equal(26 * 7, compared);

        // The same bits, zeros' signs included; a NaN is a NaN (which of two NaN operands' payloads an operation keeps
        // depends on the order of its operands, which the compiler may exchange in the scalar code).
        static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b) || (double.IsNaN(a) && double.IsNaN(b));
    }

    private static Complex[] RandomData(int length, ulong seed)
    {
        var random = new RandomStream(seed);
        var data = new Complex[length];
        for (int i = 0; i < length; i++)
        {
            data[i] = new Complex(random.NextGaussian(), random.NextGaussian());
        }

        return data;
    }

    private static Complex[] DirectDft(Complex[] data, int height, int width)
    {
        var result = new Complex[data.Length];
        for (int k = 0; k < height; k++)
        {
            for (int l = 0; l < width; l++)
            {
                Complex sum = Complex.Zero;
                for (int r = 0; r < height; r++)
                {
                    for (int c = 0; c < width; c++)
                    {
                        double angle = -2 * Math.PI * ((double)k * r / height + (double)l * c / width);
                        sum += data[r * width + c] * new Complex(Math.Cos(angle), Math.Sin(angle));
                    }
                }

                result[k * width + l] = sum;
            }
        }

        return result;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 8)]
    [InlineData(6, 1)]
    [InlineData(4, 6)]
    [InlineData(9, 16)]
    [InlineData(12, 10)]
    [InlineData(7, 11)]
    [InlineData(24, 18)]
    public void Managed_forward_equals_the_direct_sum(int height, int width)
    {
        var data = RandomData(height * width, 7);
        var expected = DirectDft(data, height, width);
        var actual = (Complex[])data.Clone();
        Managed.Forward(actual, height, width);
        for (int i = 0; i < data.Length; i++)
        {
            Assert.True(Complex.Abs(actual[i] - expected[i]) < 1e-9 * height * width, $"index {i}: {actual[i]} vs {expected[i]}");
        }
    }

    [Theory]
    [InlineData(96, 96)]
    [InlineData(128, 162)]
    [InlineData(35, 20)]
    public void Managed_inverse_undoes_forward(int height, int width)
    {
        var data = RandomData(height * width, 11);
        var copy = (Complex[])data.Clone();
        Managed.Forward(copy, height, width);
        Managed.Inverse(copy, height, width);
        for (int i = 0; i < data.Length; i++)
        {
            Assert.True(Complex.Abs(copy[i] - data[i]) < 1e-12, $"index {i}");
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(84, 96)]
    [InlineData(97, 108)]
    [InlineData(129, 144)]
    [InlineData(148, 162)]
    [InlineData(513, 576)]
    public void Good_sizes_are_the_next_product_of_two_and_three(int size, int expected)
        => Assert.Equal(expected, FftBackend.GoodSize(size));

    [Fact]
    public void The_optics_transform_with_the_backend_of_the_environment_they_are_built_with()
    {
        var counting = new CountingBackend();
        var spheres = new Sphere().WithRadius(0.4.Micrometers()).WithPosition(Distribution.UniformPosition(10, 54, 10, 54)) ^ 2;
        var optics = new Fluorescence().WithOutputRegion(PixelRegion.Square(64));
        var chosen = (spheres >> optics).Build(seed: 3, new SimulationEnvironment(counting)).Sample(1);
        Assert.True(counting.ForwardCount + counting.InverseCount > 0, "the optics must transform with the chosen backend");

        var standard = (spheres >> optics).Build(seed: 3);
        Assert.IsType<ManagedFftBackend>(standard.Environment.Fft);
        int before = counting.ForwardCount + counting.InverseCount;
        Assert.Equal(chosen.AsSpan().ToArray(), standard.Sample(1).AsSpan().ToArray());
        Assert.Equal(before, counting.ForwardCount + counting.InverseCount);
    }

    [Fact]
    public void Every_build_without_an_environment_gets_its_own()
    {
        var feature = new PointParticle() ^ 1;
        var first = (feature >> new Fluorescence().WithOutputRegion(PixelRegion.Square(16))).Build();
        var second = (feature >> new Fluorescence().WithOutputRegion(PixelRegion.Square(16))).Build();
        Assert.NotSame(first.Environment, second.Environment);
        Assert.NotSame(first.Environment.Cache, second.Environment.Cache);
        Assert.Equal(SimulationEnvironment.DefaultCacheBudgetBytes, first.Environment.Cache.BudgetBytes);
    }
}
