using System.Numerics;
using DeepTrack.Fluent.Tests.Physics;
using Xunit.Abstractions;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

/// <summary>Polarisation projections, sampling, illumination angle and coherence of Mie scatterers.</summary>
public class MieOptionsTests(ITestOutputHelper output)
{
    private static T Optics<T>(T optics, double na = 0.9, int padding = 32)
        where T : CoherentOptics
        => (T)optics.WithNA(na).WithWavelength(633.Nanometers()).WithMagnification(10).WithCameraPixelPitch(1.Micrometers())
            .WithRefractiveIndexMedium(1.33).WithPadding(padding).WithOutputRegion(PixelRegion.Square(64));

    private static Complex[] Scattered(MieScatterer sphere, Holography optics)
    {
        var image = (sphere >> optics).Build().Resolve();
        return [.. Enumerable.Range(0, image.Height * image.Width).Select(i => new Complex(image.Plane(0)[i], image.Plane(1)[i]) - 1)];
    }

    private static double Worst(Complex[] actual, Complex[] expected) => actual.Zip(expected, (a, b) => (a - b).Magnitude).Max() / expected.Max(v => v.Magnitude);

    private static MieSphere DeepTrack2Sphere(double radiusMicrometers, double index, int terms)
        => new MieSphere().WithRadius(radiusMicrometers.Micrometers()).WithRefractiveIndex(index)
            .WithProjection(MieProjection.DeepTrack2).WithSampling(MieSampling.DeepTrack2Plane).WithTerms(terms);

    [Fact]
    public void DeepTrack_2_projection_of_a_polarised_field_matches_deeptrack_2()
    {
        // Input polarisation π/6, analyser π/4, NA 0.75 (DeepTrack 2.0's S₂·cos θ behind the analyser); its −i/(kR) sign undone.
        var reference = Reference.Load("x_brightfield_mie_64_polarised.json");
        int terms = reference.Extra.GetProperty("L").GetInt32();
        var sphere = DeepTrack2Sphere(0.6, 1.5, terms).WithPosition(new PixelPosition(30, 33))
            .WithInputPolarization(new Angle(Math.PI / 6)).WithOutputPolarization(new Angle(Math.PI / 4));
        var ours = Scattered(sphere, Optics(new Holography(), 0.75));
        var theirs = reference.ComplexValues!.Select(v => -(v - 1)).ToArray();
        double worst = Worst(ours, theirs);
        double aplanatic = Worst(Scattered(sphere.WithProjection(MieProjection.AplanaticObjective), Optics(new Holography(), 0.75)), theirs);
        output.WriteLine($"DeepTrack 2.0 projection: max |ΔE_s| = {worst:P3} of the peak; aplanatic projection on the same plane: {aplanatic:P2}");
        Assert.True(worst < 0.01, $"{worst:P3}");
        Assert.True(aplanatic > 10 * worst, "the aplanatic projection is another field");
    }

    [Fact]
    public void Deeptrack_2s_default_darkfield_is_reproduced()
    {
        // DeepTrack 2.0's Darkfield illuminates from the side (π/2); the forward-scattered darkfield is thousands of times brighter.
        var reference = Reference.Load("x_darkfield_mie_64_default.json");
        var sphere = DeepTrack2Sphere(0.5, 1.45, 12).WithPosition(new PixelPosition(32, 32));
        var ours = (sphere >> Optics(new Darkfield(), 0.8)).Build().Resolve().AsReadOnlySpan().ToArray();
        double peak = reference.Values.Max();
        double worst = ours.Zip(reference.Values, (a, b) => Math.Abs(a - b)).Max() / peak;
        double forward = (sphere >> Optics(new Darkfield(), 0.8).WithIlluminationAngle(new Angle(0))).Build().Resolve().AsReadOnlySpan().ToArray().Max();
        output.WriteLine($"darkfield at π/2: max |ΔI| = {worst:P3} of the peak {peak:E3}; forward darkfield peak {forward:E3} ({forward / peak:F0}×)");
        Assert.True(worst < 0.02, $"{worst:P3}");
        Assert.True(forward / peak > 1000);
    }

    [Fact]
    public void DeepTrack_2_sampling_plane_is_at_its_automatic_distance()
    {
        // 0.45 · 64 (the output edge as an FFT size) · 100 nm / tan(asin(0.9/1.33)) = 3.134 µm, whatever the padding.
        double offset = 0.45 * 64 * 100e-9 / Math.Tan(Math.Asin(0.9 / 1.33));
        var rule = new MieSphere().WithRadius(0.5.Micrometers()).WithPosition(new PixelPosition(32, 32)).WithSampling(MieSampling.DeepTrack2Plane);
        foreach (int padding in new[] { 16, 32 })
        {
            var automatic = Scattered(rule, Optics(new Holography(), padding: padding));
            var explicitPlane = Scattered(rule.WithOffsetZ(Length.FromMeters(offset)), Optics(new Holography(), padding: padding));
            Assert.True(Worst(automatic, explicitPlane) < 1e-12);
        }
    }

    [Fact]
    public void Sampling_planes_converge_to_the_exact_angular_spectrum()
    {
        // The plane method converges to the exact spectrum (the default), its error halving with each doubling of the
        // distance (12 %, 3.3 %, 1.7 % at 3.1 µm — DeepTrack 2.0's rule —, 12 µm, 24 µm; 0.93 % at 48 µm); Richardson's
        // extrapolation 2·E(2d) − E(d) from 12 and 24 µm leaves 0.57 %, the slower Fresnel zone of the plane's edge.
        var sphere = new MieSphere().WithRadius(0.5.Micrometers()).WithRefractiveIndex(1.45).WithPosition(new PixelPosition(32, 32));
        var optics = Optics(new Holography(), padding: 200);
        var exact = Scattered(sphere, optics);
        var near = Scattered(sphere.WithOffsetZ(12.Micrometers()), optics);
        var far = Scattered(sphere.WithOffsetZ(24.Micrometers()), optics);
        var dt2 = Scattered(sphere.WithSampling(MieSampling.DeepTrack2Plane), optics);
        var extrapolated = far.Zip(near, (f, n) => 2 * f - n).ToArray();
        double eNear = Worst(near, exact), eFar = Worst(far, exact), eExtrapolated = Worst(extrapolated, exact), eDt2 = Worst(dt2, exact);
        output.WriteLine($"plane at DeepTrack 2.0's 3.13 µm: {eDt2:P2}; 12 µm: {eNear:P2}; 24 µm: {eFar:P2}; extrapolated: {eExtrapolated:P3}");
        Assert.InRange(eNear / eFar, 1.7, 2.3);
        Assert.True(eFar < 0.018, $"{eFar:P3}");
        Assert.True(eExtrapolated < 0.006, $"{eExtrapolated:P3}");
        Assert.True(eDt2 > 0.05);
    }

    [Fact]
    public void Aplanatic_projection_images_the_power_scattered_into_the_cone()
    {
        // Behind an aplanatic objective the imaged field carries the scattered power: Σ|E_s|²·pixel² over the (periodic)
        // image, parallel plus crossed analyser, equals (π/k²)∫₀^θc (|S₁|² + |S₂|²) sin θ dθ. NA 1.2 in water (θc = 64°).
        const double na = 1.2, medium = 1.33;
        var optics = new Darkfield().WithNA(na).WithWavelength(532.Nanometers()).WithMagnification(20).WithCameraPixelPitch(1.Micrometers())
            .WithRefractiveIndexMedium(medium).WithPadding(0).WithOutputRegion(PixelRegion.Square(256)).WithIlluminationAngle(new Angle(0));
        var sphere = new MieSphere().WithRadius(0.3.Micrometers()).WithRefractiveIndex(1.59).WithPosition(new PixelPosition(128, 128));
        double pixel = optics.PixelSize.Meters;
        double Power(Angle analyser) => (sphere.WithOutputPolarization(analyser) >> optics).Build().Resolve().AsReadOnlySpan().ToArray().Sum() * pixel * pixel;
        double imaged = Power(new Angle(0)) + Power(90.Degrees());

        double k = 2 * Math.PI * medium / 532e-9, collection = Math.Asin(na / medium);
        var coefficients = MieCoefficients.Compute(new Complex(1.59 / medium, 0), k * 0.3e-6);
        double integral = 0;
        const int steps = 4000;
        for (int i = 0; i < steps; i++)
        {
            double theta = (i + 0.5) * collection / steps;
            var (s1, s2) = coefficients.AmplitudeFunctions(theta);
            integral += (s1.Magnitude * s1.Magnitude + s2.Magnitude * s2.Magnitude) * Math.Sin(theta) * collection / steps;
        }

        double expected = Math.PI / (k * k) * integral;
        output.WriteLine($"imaged {imaged:E4} m², cone {expected:E4} m² ({imaged / expected - 1:P2})");
        Assert.InRange(imaged / expected, 0.98, 1.02);
    }

    [Fact]
    public void Coherence_length_weights_the_scattered_spectrum_by_its_cone()
    {
        // Particle 2 µm from focus, L = 1.5 µm: tan θ_L = √((1 + 0.75)² − 1); each frequency weighted by exp(−½ tan²θ / tan²θ_L).
        var grid = new OpticalGrid(96, 96, 0, 0, 1, 100.Nanometers(), 633.Nanometers(), 0.9, 1.33);
        var sphere = new MieSphere().WithRadius(0.4.Micrometers()).WithPosition(new PixelPosition(48, 48)).WithZ(20);
        var rows = Enumerable.Range(0, 96).ToArray();
        Complex[] Spectrum(MieSphere s)
        {
            var target = new Complex[96 * 96];
            ((ISpectralFieldScatterer)s.Build().Resolve().Single()).AddScatteredSpectrum(grid, target, rows, rows);
            return target;
        }

        var coherent = Spectrum(sphere);
        var partial = Spectrum(sphere.WithCoherenceLength(1.5.Micrometers()));
        var inFocus = Spectrum(sphere.WithZ(0));
        Assert.True(Worst(Spectrum(sphere.WithZ(0).WithCoherenceLength(1.5.Micrometers())), inFocus) < 1e-14, "a particle in focus is coherent");
        double tanL = Math.Sqrt(1.75 * 1.75 - 1), k = 2 * Math.PI * 1.33 / 633e-9, worst = 0;
        int checkedPoints = 0;
        for (int r = 0; r < 96; r++)
        {
            for (int c = 0; c < 96; c++)
            {
                if (coherent[r * 96 + c] == Complex.Zero)
                {
                    continue;
                }

                double kx = 2 * Math.PI * PupilCoordinates.Frequency(r, 96) / (96 * 100e-9), ky = 2 * Math.PI * PupilCoordinates.Frequency(c, 96) / (96 * 100e-9);
                double sin2 = (kx * kx + ky * ky) / (k * k), tan2 = sin2 / (1 - sin2);
                var expected = coherent[r * 96 + c] * Math.Exp(-0.5 * tan2 / (tanL * tanL));
                worst = Math.Max(worst, (partial[r * 96 + c] - expected).Magnitude / coherent[r * 96 + c].Magnitude);
                checkedPoints++;
            }
        }

        Assert.True(checkedPoints > 400);
        Assert.True(worst < 1e-12, $"{worst:E2}");
    }

    [Fact]
    public void Illumination_angle_defaults_follow_the_microscope()
    {
        var sphere = new MieSphere().WithRadius(0.4.Micrometers()).WithPosition(new PixelPosition(32, 32));
        double[] Run(CoherentOptics optics) => (sphere >> Optics(optics)).Build().Resolve().AsReadOnlySpan().ToArray();
        Assert.Equal(Run(new Darkfield()), Run(new Darkfield().WithIlluminationAngle(90.Degrees())));
        Assert.NotEqual(Run(new Darkfield()), Run(new Darkfield().WithIlluminationAngle(new Angle(0))));
        Assert.Equal(Run(new Iscat()), Run(new Iscat().WithIlluminationAngle(180.Degrees())));
        Assert.Equal(Run(new Brightfield()), Run(new Brightfield().WithIlluminationAngle(new Angle(0))));
        var error = Assert.Throws<PropertyValueException>(() => Run(new Brightfield().WithIlluminationAngle(200.Degrees())));
        Assert.Equal(("Brightfield", "IlluminationAngle"), (error.FeatureName, error.PropertyName));
    }

    [Fact]
    public void Layers_of_zero_thickness_change_nothing_and_unordered_radii_are_rejected()
    {
        var wavelength = 633.Nanometers();
        var thin = new MieStratifiedSphere().WithRadii([0.3.Micrometers(), 0.3.Micrometers(), 0.5.Micrometers()])
            .WithRefractiveIndices([new Complex(1.6, 0), new Complex(2.0, 0), new Complex(1.45, 0)]).WithPosition(new PixelPosition(0, 0));
        var two = new MieStratifiedSphere().WithRadii([0.3.Micrometers(), 0.5.Micrometers()])
            .WithRefractiveIndices([new Complex(1.6, 0), new Complex(1.45, 0)]).WithPosition(new PixelPosition(0, 0));
        var a = thin.Build().Resolved(thin).CrossSections(wavelength, 1.33);
        var b = two.Build().Resolved(two).CrossSections(wavelength, 1.33);
        Assert.Equal(b.Scattering, a.Scattering, b.Scattering * 1e-12);

        var unordered = new MieStratifiedSphere().WithRadii([0.3.Micrometers(), 0.5.Micrometers(), 0.4.Micrometers()])
            .WithRefractiveIndices([new Complex(1.6, 0), new Complex(2.0, 0), new Complex(1.45, 0)]).WithPosition(new PixelPosition(0, 0));
        var error = Assert.Throws<PropertyValueException>(() => unordered.Build().Resolve());
        Assert.Equal(("MieStratifiedSphere", "Radii"), (error.FeatureName, error.PropertyName));
        Assert.Contains("layer 2", error.Message);
    }

    [Fact]
    public void Spheres_too_large_for_the_series_and_gain_media_are_named()
    {
        var huge = new MieSphere().WithRadius(Length.FromMeters(1)).WithPosition(new PixelPosition(32, 32));
        var error = Assert.Throws<PropertyValueException>(() => (huge >> Optics(new Brightfield())).Build().Resolve());
        Assert.Equal(("MieSphere", "Radius"), (error.FeatureName, error.PropertyName));
        Assert.Contains("size parameter", error.Message);

        var gain = new MieSphere().WithRefractiveIndex(new Complex(1.45, -0.1)).WithPosition(new PixelPosition(32, 32));
        error = Assert.Throws<PropertyValueException>(() => (gain >> Optics(new Brightfield())).Build().Resolve());
        Assert.Equal("RefractiveIndex", error.PropertyName);
        Assert.Contains("1.45", error.Message);
        Assert.Contains("gain", error.Message);
    }

    /// <summary>
    /// Renders the pipelines one after the other in <paramref name="environment"/>: each must equal its image in a fresh
    /// environment bit for bit and differ from every earlier one.
    /// </summary>
    private static void EachEqualsItsImageAlone(SimulationEnvironment environment, IEnumerable<Feature<IReadOnlyList<SampleObject>, Image<double>>> pipelines)
    {
        var images = new List<double[]>();
        foreach (var pipeline in pipelines)
        {
            var shared = pipeline.Build(seed: 1, environment).Resolve().AsReadOnlySpan().ToArray();
            var alone = pipeline.Build(seed: 1, new SimulationEnvironment()).Resolve().AsReadOnlySpan().ToArray();
            Assert.Equal(alone, shared);
            Assert.True(!images.Any(previous => previous.SequenceEqual(shared)), $"variant {images.Count} gives the image of an earlier one");
            images.Add(shared);
        }
    }

    [Fact]
    public void Angular_spectrum_cone_tables_shared_in_one_environment_are_keyed_by_every_option_and_not_by_position()
    {
        // The angular-spectrum method keeps cos θ, the polarisation factors and S₁/S₂ of the collection cone in the
        // environment's cache. Each variant changes one thing they depend on (or, in the last ones, only the particle's
        // position and depth, which must reuse them); rendered one after the other in one environment, each must equal
        // its image in a fresh environment, bit for bit.
        var sphere = new MieSphere().WithRadius(0.5.Micrometers()).WithRefractiveIndex(1.45).WithPosition(new PixelPosition(30, 33)).WithZ(4);
        var brightfield = Optics(new Brightfield());
        (MieScatterer Sphere, CoherentOptics Optics)[] variants =
        [
            (sphere, brightfield),
            (sphere.WithRadius(0.4.Micrometers()), brightfield),
            (sphere.WithRefractiveIndex(1.5), brightfield),
            (sphere.WithInputPolarization(new Angle(Math.PI / 6)), brightfield),
            (sphere.WithOutputPolarization(new Angle(0.4)), brightfield),
            (sphere.WithProjection(MieProjection.DeepTrack2), brightfield),
            (sphere.WithCoherenceLength(2.Micrometers()), brightfield),
            (sphere.WithCollectionAngle(new Angle(0.3)), brightfield),
            (sphere, Optics(new Brightfield(), na: 0.7)),
            (sphere, Optics(new Brightfield(), padding: 16)),
            (sphere, (CoherentOptics)brightfield.WithWavelength(532.Nanometers())),
            (sphere, (CoherentOptics)brightfield.WithRefractiveIndexMedium(1.4)),
            (sphere, (CoherentOptics)brightfield.WithIlluminationAngle(new Angle(0.2))),
            (sphere.WithPosition(new PixelPosition(12.3, 47.9)), brightfield),
            (sphere.WithZ(-7.5), brightfield),
        ];
        var environment = new SimulationEnvironment();
        EachEqualsItsImageAlone(environment, variants.Select(v => v.Sphere >> v.Optics));

        long misses = environment.Cache.Statistics.Misses;
        (sphere.WithPosition(new PixelPosition(40.7, 21.2)).WithZ(11) >> brightfield).Build(seed: 1, environment).Resolve();
        Assert.Equal(misses, environment.Cache.Statistics.Misses);
    }

    [Fact]
    public void Sampling_plane_tables_shared_in_one_environment_are_keyed_by_every_option()
    {
        // Each variant changes one thing the plane method's S₁/S₂ table depends on; rendered one after the other in one
        // environment, each must equal its image in a fresh environment (a table reused for another option would not).
        var sphere = new MieSphere().WithRadius(0.5.Micrometers()).WithRefractiveIndex(1.45).WithPosition(new PixelPosition(30, 33))
            .WithZ(4).WithSampling(MieSampling.DeepTrack2Plane);
        var holography = Optics(new Holography(), 0.75);
        (MieScatterer Sphere, Holography Optics)[] variants =
        [
            (sphere, holography),
            (sphere.WithProjection(MieProjection.DeepTrack2), holography),
            (sphere.WithProjection(MieProjection.DeepTrack2).WithOutputPolarization((Angle?)null), holography),
            (sphere.WithInputPolarization(new Angle(Math.PI / 6)), holography),
            (sphere.WithCoherenceLength(2.Micrometers()), holography),
            (sphere.WithTerms(4), holography),
            (sphere.WithOffsetZ(6.Micrometers()), holography),
            (sphere, (Holography)holography.WithIlluminationAngle(new Angle(0.3))),
        ];
        var environment = new SimulationEnvironment();
        EachEqualsItsImageAlone(environment, variants.Select(v => v.Sphere >> v.Optics));

        long misses = environment.Cache.Statistics.Misses;
        (variants[1].Sphere >> variants[1].Optics).Build(seed: 1, environment).Resolve();
        Assert.Equal(misses, environment.Cache.Statistics.Misses);
    }
}
