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
        double scale = snr * snr / high; // photons per unit: the peak receives Snr² photons
        foreach (var (level, parity) in new[] { (low, 0), (high, 1) })
        {
            var (mean, variance) = Moments(noisy.AsReadOnlySpan().ToArray().Where((_, i) => i % 2 == parity));
            double expectedVariance = level / scale;
            double standardError = Math.Sqrt(expectedVariance / 2048);
            Assert.InRange(mean, level - 5 * standardError, level + 5 * standardError);
            Assert.InRange(variance / expectedVariance, 0.85, 1.15);
        }
    }

    [Theory]
    [InlineData(0.01, 0, 20)]
    [InlineData(1, 0, 20)]
    [InlineData(1000, 0, 20)]
    [InlineData(0.01, 0.004, 5)]
    [InlineData(1, 0.4, 5)]
    [InlineData(1000, 400, 5)]
    [InlineData(1, 0, 1e5)]
    public void Measured_snr_of_the_peak_is_the_requested_snr_at_any_scale(double peak, double background, double snr)
    {
        // Half the pixels at the peak, half at the background: (mean of the peak pixels − background) / their standard deviation.
        var noisy = (Feature.Constant(TwoLevels(background, peak)) >> new PoissonNoise().WithSnr(snr).WithBackground(background)).Build(seed: 12).Resolve();
        var (mean, variance) = Moments(noisy.AsReadOnlySpan().ToArray().Where((_, i) => i % 2 == 1));
        double measured = (mean - background) / Math.Sqrt(variance);
        Assert.InRange(measured / snr, 0.95, 1.05);
    }

    [Fact]
    public void DeepTrack_2_definition_scales_by_snr_squared_over_the_peak_signal_squared()
    {
        // DeepTrack 2.0: photons per unit Snr²/(max − background)²; with max 4 and background 1 that is 25/9 per unit.
        var noisy = (Feature.Constant(TwoLevels(1, 4)) >> new PoissonNoise().WithSnr(5).WithBackground(1).WithDefinition(SnrDefinition.DeepTrack2)).Build(seed: 8).Resolve();
        double scale = 25.0 / 9;
        Assert.All(noisy.AsReadOnlySpan().ToArray(), v => Assert.Equal(Math.Round(v * scale), v * scale, 9));
        var (mean, variance) = Moments(noisy.AsReadOnlySpan().ToArray().Where((_, i) => i % 2 == 1));
        Assert.InRange(variance / (4 / scale), 0.85, 1.15);
        Assert.InRange(mean, 4 - 5 * Math.Sqrt(4 / scale / 2048), 4 + 5 * Math.Sqrt(4 / scale / 2048));
    }

    [Fact]
    public void Poisson_noise_counts_photons()
    {
        var noisy = (Feature.Constant(TwoLevels(1, 2)) >> new PoissonNoise().WithSnr(4)).Build(seed: 8).Resolve();
        double scale = 16.0 / 2;
        Assert.All(noisy.AsReadOnlySpan().ToArray(), v => Assert.Equal(Math.Round(v * scale), v * scale, 9));
    }

    [Fact]
    public void An_image_without_signal_gets_the_shot_noise_of_its_background()
    {
        // Flat at the background 5 with Snr 20: the background receives 400 photons per pixel, its noise σ = 5/20.
        var noisy = (Feature.Constant(TwoLevels(5, 5)) >> new PoissonNoise().WithSnr(20).WithBackground(5)).Build(seed: 4).Resolve();
        var (mean, variance) = Moments(noisy.AsReadOnlySpan().ToArray());
        Assert.InRange(mean, 5 - 5 * 0.25 / 64, 5 + 5 * 0.25 / 64);
        Assert.InRange(Math.Sqrt(variance), 0.25 * 0.97, 0.25 * 1.03);

        // Below the background too (max 2 < 5): the same photon scale, 80 photons per unit.
        var darker = (Feature.Constant(TwoLevels(1, 2)) >> new PoissonNoise().WithSnr(20).WithBackground(5)).Build(seed: 4).Resolve();
        Assert.All(darker.AsReadOnlySpan().ToArray(), v => Assert.Equal(Math.Round(v * 80), v * 80, 9));

        // No light at all: zero stays zero.
        var dark = (Feature.Constant(new Image<double>(8, 8)) >> new PoissonNoise()).Build(seed: 4).Resolve();
        Assert.All(dark.AsReadOnlySpan().ToArray(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void A_sample_without_particles_does_not_abort_generate()
    {
        var particle = new DeepTrack.Fluent.Physics.PointParticle()
            .WithPosition(Distribution.UniformPosition(4, 28, 4, 28)).WithIntensity(50);
        var optics = new DeepTrack.Fluent.Physics.Fluorescence().WithOutputRegion(DeepTrack.Fluent.Physics.PixelRegion.Square(32)).WithPadding(4);
        var pipeline = ((particle ^ Distribution.UniformInt(0, 3)) >> optics >> new Background().WithLevel(2) >> new PoissonNoise().WithSnr(10).WithBackground(2)).Build(seed: 1);
        var images = pipeline.Generate(40);
        var empty = images.Where(image => image.Get(particle, p => p.Position).Count == 0).ToList();
        Assert.NotEmpty(empty);
        foreach (var image in empty)
        {
            // Background 2 with Snr 10: 50 photons per pixel, σ = 2/10.
            var (mean, variance) = Moments(image.AsReadOnlySpan().ToArray());
            Assert.InRange(mean, 2 - 5 * 0.2 / 32, 2 + 5 * 0.2 / 32);
            Assert.InRange(Math.Sqrt(variance), 0.2 * 0.9, 0.2 * 1.1);
        }

        var plain = ((particle ^ Distribution.UniformInt(0, 3)) >> optics >> new PoissonNoise()).Build(seed: 1).Generate(40);
        Assert.Contains(plain, image => image.AsReadOnlySpan().ToArray().All(v => v == 0));
    }

    [Fact]
    public void A_pixel_that_is_not_finite_is_reported_with_its_place()
    {
        var image = TwoLevels(1, 2);
        image[3, 5] = double.NaN;
        var exception = Assert.Throws<ArgumentException>(() => (Feature.Constant(image) >> new PoissonNoise()).Build().Resolve());
        Assert.Contains("PoissonNoise", exception.Message);
        Assert.Contains("input[3, 5] = NaN", exception.Message);
        Assert.DoesNotContain("Background", exception.Message);
    }

    [Theory]
    [InlineData(0, 0, double.NegativeInfinity)]
    [InlineData(2, 3, double.PositiveInfinity)]
    [InlineData(6, 1, double.NaN)]
    [InlineData(6, 4, double.NegativeInfinity)]
    public void A_pixel_that_is_not_finite_is_found_in_any_place_of_an_image_of_odd_size(int row, int column, double value)
    {
        // 7 × 5 = 35 pixels: whole vectors and a tail, the bad pixel in either, after finite pixels of both signs.
        var image = new Image<double>(7, 5);
        image.AsWritableSpan().Fill(-1);
        image[1, 1] = 3;
        image[row, column] = value;
        var exception = Assert.Throws<ArgumentException>(() => (Feature.Constant(image) >> new PoissonNoise()).Build().Resolve());
        Assert.Contains($"input[{row}, {column}] = {value}", exception.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(34)]
    public void The_brightest_pixel_sets_the_photon_scale_wherever_it_lies(int brightest)
    {
        // SNR 10 at a peak of 100 is one photon per unit, so every output is a whole number; a scale from any other
        // pixel (1 photon at a value of 0.01) would give hundredths.
        var image = new Image<double>(7, 5);
        var pixels = image.AsWritableSpan();
        pixels.Fill(1);
        pixels[brightest] = 100;
        var noisy = (Feature.Constant(image) >> new PoissonNoise().WithSnr(10)).Build(seed: 3).Resolve().AsReadOnlySpan().ToArray();
        Assert.All(noisy, v => Assert.Equal(Math.Round(v), v));
        Assert.Contains(noisy, v => v > 50);
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
