using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Fft;
using DeepTrack.Fluent.Tests.Physics.Fft;
using Xunit.Abstractions;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Fluorescence against analytic results and its own invariants.</summary>
public class FluorescenceTests(ITestOutputHelper output)
{
    private static Fluorescence Optics(int size = 64, int padding = 10)
        => new Fluorescence()
            .WithNA(0.8)
            .WithWavelength(680.Nanometers())
            .WithMagnification(10)
            .WithCameraPixelPitch(1.Micrometers())
            .WithPadding(padding)
            .WithOutputRegion(PixelRegion.Square(size));

    [Fact]
    public void In_focus_psf_is_the_airy_pattern()
    {
        // NA 0.5, λ 500 nm, 12.5 nm pixels: the first dark ring (0.61 λ / NA = 610 nm) lies 48.8 pixels out.
        var optics = new Fluorescence()
            .WithNA(0.5)
            .WithWavelength(500.Nanometers())
            .WithMagnification(80)
            .WithCameraPixelPitch(1.Micrometers())
            .WithPadding(6)
            .WithOutputRegion(PixelRegion.Square(756));
        var image = (new PointParticle().WithPosition(new PixelPosition(378, 378)) >> optics).Build().Resolve();
        double pixel = optics.PixelSize.Meters;
        double expectedRing = 0.61 * 500e-9 / 0.5 / pixel;

        // Azimuthal average in bins of 0.25 pixel, then the first minimum.
        var sums = new double[1200];
        var counts = new int[1200];
        for (int row = 0; row < image.Height; row++)
        {
            for (int column = 0; column < image.Width; column++)
            {
                int bin = (int)(Math.Sqrt(Math.Pow(row - 378, 2) + Math.Pow(column - 378, 2)) * 4);
                if (bin < sums.Length)
                {
                    sums[bin] += image[row, column];
                    counts[bin]++;
                }
            }
        }

        int first = Enumerable.Range(8, sums.Length - 16).First(b => counts[b] > 0 && sums[b] / counts[b] < Enumerable.Range(b - 6, 13).Where(k => counts[k] > 0 && k != b).Min(k => sums[k] / counts[k]));
        double ring = (first + 0.5) / 4;
        output.WriteLine($"first dark ring at {ring:F2} px, Airy {expectedRing:F2} px ({(ring / expectedRing - 1) * 100:F2} %)");
        Assert.InRange(ring / expectedRing, 0.98, 1.02);

        double inside = 0;
        for (int row = 0; row < image.Height; row++)
        {
            for (int column = 0; column < image.Width; column++)
            {
                if (Math.Pow(row - 378, 2) + Math.Pow(column - 378, 2) < expectedRing * expectedRing)
                {
                    inside += image[row, column];
                }
            }
        }

        // The PSF is normalised to a total of 1, so this is the encircled energy (Airy: 83.8 %).
        output.WriteLine($"energy inside the first dark ring: {inside:P2}");
        Assert.InRange(inside, 0.828, 0.848);
    }

    [Fact]
    public void Defocus_up_and_down_give_the_same_image()
    {
        var optics = Optics();
        var above = (new PointParticle().WithPosition(new PixelPosition(30.2, 33.7)).WithZ(10) >> optics).Build().Resolve();
        var below = (new PointParticle().WithPosition(new PixelPosition(30.2, 33.7)).WithZ(-10) >> optics).Build().Resolve();
        var focus = (new PointParticle().WithPosition(new PixelPosition(30.2, 33.7)).WithZ(0) >> optics).Build().Resolve();
        double peak = above.AsReadOnlySpan().ToArray().Max();
        for (int i = 0; i < above.Length; i++)
        {
            Assert.True(Math.Abs(above.AsReadOnlySpan()[i] - below.AsReadOnlySpan()[i]) < 1e-12 * peak);
        }

        Assert.True(peak < 0.8 * focus.AsReadOnlySpan().ToArray().Max(), "defocus must spread the light");
    }

    [Theory]
    [InlineData(0.4, 64, 0)]
    [InlineData(0.8, 64, 0)]
    [InlineData(1.2, 100, 3)]
    [InlineData(0.8, 40, -7)]
    public void Psf_total_does_not_depend_on_na_grid_or_defocus(double na, int size, int z)
    {
        var optics = Optics(size).WithNA(na);
        var key = optics.KeyOf(optics.CheckedLayout(), PupilFunction.Ideal.With(new ZernikeAberration(3, 1, 0.7)));
        double total = OpticsCache.PsfOf(new SimulationEnvironment(), key, z).Psf.Sum();
        Assert.Equal(1, total, 12);
    }

    [Fact]
    public void A_point_delivers_its_intensity_whatever_the_na()
    {
        foreach (double na in new[] { 0.4, 1.2 })
        {
            var image = (new PointParticle().WithPosition(new PixelPosition(48, 48)).WithIntensity(250) >> Optics(96, 20).WithNA(na)).Build().Resolve();
            Assert.InRange(image.Sum(), 0.97 * 250, 250.0000001);
        }
    }

    [Fact]
    public void N_particles_image_the_sum_of_single_particle_images()
    {
        var optics = Optics(48, 8);
        var random = new RandomStream(3);
        var particles = Enumerable.Range(0, 120)
            .Select(_ => new PointParticle()
                .WithPosition(new PixelPosition(random.NextDouble(-4, 52), random.NextDouble(-4, 52)))
                .WithZ(Math.Round(random.NextDouble(-2, 2)))
                .WithIntensity(random.NextDouble(0.5, 2)))
            .ToArray();
        Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>> sample = particles[0];
        foreach (var particle in particles.Skip(1))
        {
            sample = sample >> particle;
        }

        var together = (sample >> optics).Build().Resolve();
        var sum = new double[together.Length];
        foreach (var particle in particles)
        {
            var single = (particle >> optics).Build().Resolve().AsReadOnlySpan();
            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] += single[i];
            }
        }

        double peak = sum.Max();
        for (int i = 0; i < sum.Length; i++)
        {
            Assert.True(Math.Abs(together.AsReadOnlySpan()[i] - sum[i]) < 1e-9 * peak, $"pixel {i}");
        }
    }

    [Fact]
    public void Padding_zero_images_the_particle()
    {
        var image = (new PointParticle().WithPosition(new PixelPosition(20, 20)) >> Optics(40, 0)).Build().Resolve();
        Assert.Equal(20 * 40 + 20, ImageMath.ArgMax(image.AsReadOnlySpan()));
        Assert.True(image.Sum() > 0.9);
    }

    [Fact]
    public void Output_region_and_upscale_keep_the_ground_truth_on_the_particle()
    {
        var particle = new PointParticle().WithPosition(new PixelPosition(47, 61));
        foreach (int upscale in new[] { 1, 3 })
        {
            var optics = Optics().WithOutputRegion(new PixelRegion(20, 30, 48, 48)).WithUpscale(upscale);
            var image = (particle >> optics).Build().Resolve();
            var position = image.Get(particle, p => p.Position).Single();
            Assert.Equal(new PixelPosition(27, 31), position);
            Assert.Equal(27 * 48 + 31, ImageMath.ArgMax(image.AsReadOnlySpan()));
            var (row, column) = ImageMath.Centroid(image, 27, 31, 8);
            Assert.InRange(row, 26.98, 27.02);
            Assert.InRange(column, 30.98, 31.02);
        }
    }

    [Fact]
    public void Sub_pixel_positions_move_the_centroid()
    {
        var image = (new PointParticle().WithPosition(new PixelPosition(32.25, 31.6)) >> Optics(64, 16)).Build().Resolve();
        var (row, column) = ImageMath.Centroid(image, 32, 32, 10);
        Assert.InRange(row, 32.23, 32.27);
        Assert.InRange(column, 31.58, 31.62);
    }

    [Fact]
    public void Point_particles_need_no_fft_once_the_psf_is_cached()
    {
        var counting = new CountingBackend();
        var optics = Optics(64).WithWavelength(671.Nanometers());
        var pipeline = ((new PointParticle().WithPosition(Distribution.UniformPosition(0, 64, 0, 64)) ^ 10) >> optics).Build(seed: 5, new SimulationEnvironment(counting));
        pipeline.Resolve();
        int first = counting.ForwardCount + counting.InverseCount;
        for (int i = 0; i < 5; i++)
        {
            pipeline.Update().Resolve();
        }

        Assert.Equal(1, first);
        Assert.Equal(first, counting.ForwardCount + counting.InverseCount);
    }

    [Fact]
    public void Na_not_below_the_medium_index_is_rejected_by_name()
    {
        var optics = Optics().WithNA(1.4).WithRefractiveIndexMedium(1.33);
        var exception = Assert.Throws<PropertyValueException>(() => (new PointParticle().WithPosition(new PixelPosition(3, 3)) >> optics).Build().Resolve());
        Assert.Contains("NA", exception.Message);
        Assert.Contains("Fluorescence", exception.Message);
        Assert.Contains("1.4", exception.Message);
    }

    [Fact]
    public void Negative_intensity_is_rejected_by_name()
    {
        var exception = Assert.Throws<PropertyValueException>(() => (new PointParticle().WithPosition(new PixelPosition(3, 3)).WithIntensity(-1) >> Optics()).Build().Resolve());
        Assert.Contains("Intensity", exception.Message);
    }

    [Fact]
    public void Same_seed_gives_the_same_images_on_any_thread_count()
    {
        var particle = new PointParticle().WithPosition(Distribution.UniformPosition(0, 32, 0, 32)).WithZ(Distribution.Uniform(-3, 3));
        var pipeline = ((particle ^ 3) >> Optics(32)).Build(seed: 9);
        var parallel = pipeline.Generate(8);
        var serial = pipeline.Generate(8, maxDegreeOfParallelism: 1);
        for (int i = 0; i < 8; i++)
        {
            Assert.True(parallel[i].AsReadOnlySpan().SequenceEqual(serial[i].AsReadOnlySpan()));
        }
    }
}
