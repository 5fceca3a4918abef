using DeepTrack.Fluent.Cameras;
using DeepTrack.Fluent.Noise;
using Xunit.Abstractions;

namespace DeepTrack.Fluent.Tests.Cameras;

/// <summary>CCD, EMCCD and sCMOS cameras against their analytic mean, variance and excess-noise factor.</summary>
public class CameraTests(ITestOutputHelper output)
{
    private static Image<double> Flat(double photons, int size)
    {
        var image = new Image<double>(size, size);
        image.AsWritableSpan().Fill(photons);
        return image;
    }

    private static (double Mean, double Variance) Moments(ReadOnlySpan<double> values)
    {
        double mean = 0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        double variance = 0;
        foreach (var v in values)
        {
            variance += (v - mean) * (v - mean);
        }

        return (mean, variance / (values.Length - 1));
    }

    [Theory]
    [InlineData(1, 2.0)]
    [InlineData(2, 2.0)]
    [InlineData(10, 5.0)]
    [InlineData(300, 30.0)]
    [InlineData(1000, 40.0)]
    public void Emccd_counts_have_the_analytic_mean_variance_and_excess_noise_factor(double gain, double electronsPerCount)
    {
        // 50 photons at QE 0.8 plus 0.5 dark electrons: 40.5 electrons per pixel; 128² pixels.
        const double photons = 50, qe = 0.8, dark = 0.5, readNoise = 8, baseline = 200;
        var camera = new Camera().WithQuantumEfficiency(qe).WithDarkCounts(dark).WithEmGain(gain).WithReadNoise(readNoise)
            .WithElectronsPerCount(electronsPerCount).WithBaseline(baseline).WithBitDepth(32);
        var counts = (Feature.Constant(Flat(photons, 128)) >> camera).Build(seed: 5).Resolve();
        var (mean, variance) = Moments(counts.AsReadOnlySpan());
        double electrons = qe * photons + dark;
        double expectedMean = baseline + gain * electrons / electronsPerCount;
        double excess = 2 - 1 / gain;
        double expectedVariance = (excess * gain * gain * electrons + readNoise * readNoise) / (electronsPerCount * electronsPerCount) + 1.0 / 12;
        double factor = Math.Sqrt((variance - 1.0 / 12) * electronsPerCount * electronsPerCount - readNoise * readNoise) / (gain * Math.Sqrt(electrons));
        output.WriteLine($"G {gain}: mean {mean:F2} (expected {expectedMean:F2}), variance {variance:F2} (expected {expectedVariance:F2}), F {factor:F4} (expected {Math.Sqrt(excess):F4})");
        Assert.InRange(mean, expectedMean - 5 * Math.Sqrt(expectedVariance / counts.Length), expectedMean + 5 * Math.Sqrt(expectedVariance / counts.Length));
        Assert.InRange(variance / expectedVariance, 0.95, 1.05);
        Assert.InRange(factor / Math.Sqrt(excess), 0.975, 1.025);
        if (gain >= 300)
        {
            Assert.InRange(factor, Math.Sqrt(2) * 0.975, Math.Sqrt(2) * 1.025);
        }
    }

    [Fact]
    public void Counts_are_whole_numbers_and_saturate_at_the_bit_depth()
    {
        var camera = new Camera().WithEmGain(100).WithBitDepth(12);
        var bright = (Feature.Constant(Flat(1e4, 16)) >> camera).Build(seed: 1).Resolve();
        Assert.All(bright.AsReadOnlySpan().ToArray(), v => Assert.Equal(4095, v));
        var dim = (Feature.Constant(Flat(3, 16)) >> camera).Build(seed: 1).Resolve();
        Assert.All(dim.AsReadOnlySpan().ToArray(), v => Assert.True(v == Math.Round(v) && v >= 0 && v < 4095));
    }

    [Fact]
    public void A_camera_in_the_dark_reads_its_baseline_with_read_noise()
    {
        var counts = (Feature.Constant(Flat(0, 128)) >> new Camera().WithReadNoise(6).WithElectronsPerCount(2).WithBaseline(100)).Build(seed: 3).Resolve();
        var (mean, variance) = Moments(counts.AsReadOnlySpan());
        Assert.InRange(mean, 100 - 0.05, 100 + 0.05);
        Assert.InRange(variance / (9 + 1.0 / 12), 0.95, 1.05);
    }

    [Fact]
    public void Scmos_pixels_have_the_mean_and_variance_of_their_calibration()
    {
        // 4×4 sensor, 3000 frames: every pixel's mean o_i + g_i·QE·λ and variance g_i²·QE·λ + v_i + 1/12.
        const int size = 4, frames = 3000;
        const double photons = 40, qe = 0.75;
        var calibration = ScmosCalibration.Random(size, size, seed: 9, baselineSpread: 5, readNoiseSpread: 0.8, gainSpread: 0.1);
        var camera = new ScmosCamera().WithCalibration(calibration).WithQuantumEfficiency(qe);
        var images = (Feature.Constant(Flat(photons, size)) >> camera).Build(seed: 2).Generate(frames);
        for (int i = 0; i < size * size; i++)
        {
            var values = images.Select(image => image.AsReadOnlySpan()[i]).ToArray();
            var (mean, variance) = Moments(values);
            double g = calibration.Gain.AsReadOnlySpan()[i], o = calibration.Offset.AsReadOnlySpan()[i], v = calibration.Variance.AsReadOnlySpan()[i];
            double expectedMean = o + g * qe * photons, expectedVariance = g * g * qe * photons + v + 1.0 / 12;
            Assert.InRange(mean, expectedMean - 5 * Math.Sqrt(expectedVariance / frames), expectedMean + 5 * Math.Sqrt(expectedVariance / frames));
            Assert.InRange(variance / expectedVariance, 0.88, 1.12);
        }

        // The fixed pattern is the seed's: the same seed, the same sensor; the pixels differ from each other.
        var again = ScmosCalibration.Random(size, size, seed: 9, baselineSpread: 5, readNoiseSpread: 0.8, gainSpread: 0.1);
        Assert.True(again.Offset.AsReadOnlySpan().SequenceEqual(calibration.Offset.AsReadOnlySpan()));
        Assert.True(calibration.Variance.AsReadOnlySpan().ToArray().Distinct().Count() == size * size);
    }

    [Fact]
    public void Scmos_calibration_of_another_size_is_rejected_by_name()
    {
        var camera = new ScmosCamera().WithCalibration(ScmosCalibration.Random(8, 8, seed: 1));
        var exception = Assert.Throws<PropertyValueException>(() => (Feature.Constant(Flat(1, 16)) >> camera).Build().Resolve());
        Assert.Contains("ScmosCamera.Calibration", exception.Message);
        Assert.Contains("16×16", exception.Message);
        Assert.Throws<PropertyValueException>(() => (Feature.Constant(Flat(1, 16)) >> new ScmosCamera()).Build().Resolve());
    }

    [Fact]
    public void Camera_parameters_are_checked_by_name()
    {
        var exception = Assert.Throws<PropertyValueException>(() => (Feature.Constant(Flat(1, 4)) >> new Camera().WithEmGain(0.5)).Build().Resolve());
        Assert.Contains("Camera.EmGain = 0.5", exception.Message);
        exception = Assert.Throws<PropertyValueException>(() => (Feature.Constant(Flat(1, 4)) >> new Camera().WithQuantumEfficiency(1.5)).Build().Resolve());
        Assert.Contains("QuantumEfficiency", exception.Message);
    }

    [Theory]
    [InlineData(0.4, 1)]
    [InlineData(3.5, 2)]
    [InlineData(40, 0.01)]
    public void Gamma_sampler_has_the_mean_and_variance_of_its_shape_and_scale(double shape, double scale)
    {
        var random = new RandomStream(17);
        var values = Enumerable.Range(0, 40000).Select(_ => GammaSampler.Draw(random, shape, scale)).ToArray();
        var (mean, variance) = Moments(values);
        Assert.InRange(mean / (shape * scale), 0.98, 1.02);
        Assert.InRange(variance / (shape * scale * scale), 0.95, 1.05);
    }
}
