using System.Numerics;
using DeepTrack.Fluent.Noise;

namespace DeepTrack.Fluent.Tests.Noise;

public class NoiseTests
{
    private static Image<double> TwoLevels(double low, double high)
    {
        var image = new Image<double>(64, 64);
        var pixels = image.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = i % 2 == 0 ? low : high;
        }

        return image;
    }

    private static (double Mean, double Variance) Moments(IEnumerable<double> values)
    {
        var list = values.ToList();
        double mean = list.Average();
        return (mean, list.Sum(v => (v - mean) * (v - mean)) / (list.Count - 1));
    }

    [Theory]
    [InlineData(10, 1, 4)]
    [InlineData(3, 0.5, 2)]
    [InlineData(80, 100, 300)]
    public void Poisson_noise_has_the_mean_and_variance_of_its_snr(double snr, double low, double high)
    {
        var input = TwoLevels(low, high);
        var before = input.AsReadOnlySpan().ToArray();
        var noisy = (Feature.Constant(input) >> new PoissonNoise().WithSnr(snr)).Build(seed: 3).Resolve();
        Assert.True(input.AsReadOnlySpan().SequenceEqual(before), "the input must not change");
        double scale = snr * snr / (high * high);
        foreach (var (level, parity) in new[] { (low, 0), (high, 1) })
        {
            var (mean, variance) = Moments(noisy.AsReadOnlySpan().ToArray().Where((_, i) => i % 2 == parity));
            double expectedVariance = level / scale;
            double standardError = Math.Sqrt(expectedVariance / 2048);
            Assert.InRange(mean, level - 5 * standardError, level + 5 * standardError);
            Assert.InRange(variance / expectedVariance, 0.85, 1.15);
        }
    }

    [Fact]
    public void Poisson_noise_counts_photons()
    {
        var noisy = (Feature.Constant(TwoLevels(1, 2)) >> new PoissonNoise().WithSnr(4)).Build(seed: 8).Resolve();
        double scale = 16.0 / 4;
        Assert.All(noisy.AsReadOnlySpan().ToArray(), v => Assert.Equal(Math.Round(v * scale), v * scale, 9));
    }

    [Fact]
    public void Poisson_noise_without_signal_is_rejected_by_name()
    {
        var exception = Assert.Throws<PropertyValueException>(() => (Feature.Constant(TwoLevels(1, 2)) >> new PoissonNoise().WithBackground(5)).Build().Resolve());
        Assert.Contains("Background", exception.Message);
        Assert.Contains("PoissonNoise", exception.Message);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(5000)]
    public void Poisson_sampler_has_mean_and_variance_lambda(double lambda)
    {
        var random = new RandomStream(11);
        var (mean, variance) = Moments(Enumerable.Range(0, 40000).Select(_ => PoissonSampler.Draw(random, lambda)));
        Assert.InRange(mean, lambda - 5 * Math.Sqrt(lambda / 40000), lambda + 5 * Math.Sqrt(lambda / 40000));
        Assert.InRange(variance / lambda, 0.95, 1.05);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.7)]
    [InlineData(4)]
    public void Poisson_sampler_draws_small_counts_with_their_probabilities(double lambda)
    {
        const int draws = 200000;
        var random = new RandomStream(5);
        var frequencies = new int[4];
        for (int i = 0; i < draws; i++)
        {
            double count = PoissonSampler.Draw(random, lambda);
            Assert.Equal(Math.Floor(count), count);
            if (count < frequencies.Length)
            {
                frequencies[(int)count]++;
            }
        }

        double probability = Math.Exp(-lambda);
        for (int k = 0; k < frequencies.Length; k++)
        {
            double expected = draws * probability;
            double tolerance = 5 * Math.Sqrt(expected * (1 - probability)) + 1;
            Assert.InRange(frequencies[k], expected - tolerance, expected + tolerance);
            probability *= lambda / (k + 1);
        }
    }

    [Fact]
    public void Gaussian_noise_has_its_mean_and_sigma_and_background_adds()
    {
        var noisy = (Feature.Constant(new Image<double>(64, 64)) >> new Background().WithLevel(3) >> new GaussianNoise().WithMean(1).WithSigma(2)).Build(seed: 1).Resolve();
        var (mean, variance) = Moments(noisy.AsReadOnlySpan().ToArray());
        Assert.InRange(mean, 4 - 5 * 2 / 64.0, 4 + 5 * 2 / 64.0);
        Assert.InRange(Math.Sqrt(variance), 1.9, 2.1);
    }

    [Fact]
    public void Complex_noise_is_independent_on_both_parts()
    {
        var noisy = (Feature.Constant(new Image<Complex>(64, 64)) >> new ComplexGaussianNoise().WithSigma(0.5)).Build(seed: 1).Resolve();
        var values = noisy.AsReadOnlySpan().ToArray();
        var (_, real) = Moments(values.Select(v => v.Real));
        var (_, imaginary) = Moments(values.Select(v => v.Imaginary));
        double covariance = values.Average(v => v.Real * v.Imaginary);
        Assert.InRange(real, 0.225, 0.275);
        Assert.InRange(imaginary, 0.225, 0.275);
        Assert.InRange(covariance, -0.02, 0.02);
    }

    [Fact]
    public void Noise_is_reproducible_and_new_per_sample()
    {
        var pipeline = (Feature.Constant(TwoLevels(1, 4)) >> new PoissonNoise().WithSnr(5)).Build(seed: 21);
        var a = pipeline.Generate(3);
        var b = pipeline.Generate(3, maxDegreeOfParallelism: 1);
        Assert.True(a[1].AsReadOnlySpan().SequenceEqual(b[1].AsReadOnlySpan()));
        Assert.False(a[0].AsReadOnlySpan().SequenceEqual(a[1].AsReadOnlySpan()));
    }
}
