using DeepTrack.Fluent;
using DeepTrack.Fluent.Tracking;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>LodeSTAR: the vote map, learning from one crop without labels, detection and linking.</summary>
public sealed class LodeStarTests(ITestOutputHelper output)
{
    /// <summary>One detector for the tests that use a trained one: the smallest network, 200 steps on one crop of a Gaussian spot.</summary>
    private static readonly Lazy<LodeStarDetector> Trained = new(() =>
    {
        var crop = new TestSpot().WithSize(24).WithPosition(new PixelPosition(11.7, 11.2)).WithNoise(0.1).Build(seed: 5).Resolve();
        var model = new LodeStar(1, [8], [16, 16], seed: 3);
        return new LodeStarTrainer(model, new LodeStarOptions { Steps = 200, Seed = 9 }).Fit(crop);
    });

    [Fact]
    public void Without_displacements_every_output_pixel_votes_for_its_own_centre_in_input_pixels()
    {
        var model = new LodeStar(1, [4], [4], seed: 1);
        using (no_grad())
        {
            foreach (var parameter in model.named_parameters().Where(p => p.name.StartsWith("body.head", StringComparison.Ordinal)))
            {
                parameter.parameter.zero_();
            }
        }

        using var votes = model.forward(randn(2, 1, 10, 12));
        Assert.Equal([2L, 3, 5, 6], votes.shape);
        // Output pixel (i, j) covers input pixels 2i, 2i + 1 (rows) and 2j, 2j + 1 (columns): its centre is (2i + 0.5, 2j + 0.5).
        Assert.Equal(2 * 3 + 0.5, votes[1, 0, 3, 4].item<float>(), 5);
        Assert.Equal(2 * 4 + 0.5, votes[1, 1, 3, 4].item<float>(), 5);
        Assert.Equal(0.5, votes[0, 2, 1, 1].item<float>(), 5);
    }

    [Fact]
    public void The_smallest_network_trained_on_one_crop_localises_spots_it_has_never_seen()
    {
        var detector = Trained.Value;
        var spot = new TestSpot().WithSize(24).WithNoise(0.1).WithPosition(Distribution.UniformPosition(8.5, 14.5, 8.5, 14.5));
        var images = spot.Build(seed: 11).Generate(40);
        double squared = images.Average(image =>
        {
            var truth = image.Get(spot, s => s.Position).Single();
            var found = detector.Locate(image);
            return Math.Pow(found.Row - truth.Row, 2) + Math.Pow(found.Column - truth.Column, 2);
        });
        double rmse = Math.Sqrt(squared);
        // Guessing the centre of the 6 px square the spots lie in gives √(2 · 6²/12) ≈ 2.45 px.
        output.WriteLine($"RMSE {rmse:F3} px after {detector.TrainingLosses.Count} steps ({detector.TrainingSeconds:F1} s); loss {detector.TrainingLosses[0]:F3} → {detector.TrainingLosses[^1]:F3}");
        Assert.True(rmse < 0.5, $"RMSE {rmse:F3} px");
    }

    [Fact]
    public void Locate_takes_the_mean_of_all_votes_by_default_and_the_strongest_cluster_on_request()
    {
        // Two equal spots: all votes put the position between them, the strongest cluster on one of them.
        var trained = Trained.Value;
        PixelPosition first = new(12.3, 13.6), second = new(34.2, 33.1);
        var frame = Frame(48, [first, second], seed: 4);

        var mean = trained.Locate(frame);
        var strongest = trained.Locate(frame, LodeStarLocalization.StrongestCluster);
        static double Distance(PixelPosition a, PixelPosition b) => Math.Sqrt(Math.Pow(a.Row - b.Row, 2) + Math.Pow(a.Column - b.Column, 2));
        output.WriteLine($"all votes ({mean.Row:F2}, {mean.Column:F2}), strongest cluster ({strongest.Row:F2}, {strongest.Column:F2})");
        Assert.Equal(LodeStarLocalization.AllVotes, trained.Localization);
        Assert.True(Math.Min(Distance(strongest, first), Distance(strongest, second)) < 1, $"strongest cluster at ({strongest.Row:F2}, {strongest.Column:F2})");
        // The mean lies on the way from one spot to the other, well away from both.
        Assert.True(Distance(mean, first) > 5 && Distance(mean, second) > 5 && Distance(mean, first) + Distance(mean, second) < Distance(first, second) + 3,
            $"all votes at ({mean.Row:F2}, {mean.Column:F2})");
        Assert.Equal(mean, trained.Locate(frame, LodeStarLocalization.AllVotes));
        Assert.Throws<ArgumentOutOfRangeException>(() => trained.Locate(frame, (LodeStarLocalization)7));
    }

    [Fact]
    public void Detections_of_several_spots_go_into_the_linker_as_a_table()
    {
        var detector = Trained.Value;
        PixelPosition[] spots = [new(10.2, 12.7), new(30.6, 9.4), new(20.3, 33.1), new(38.8, 38.2)];
        var frames = Enumerable.Range(0, 3).Select(f => Frame(48, spots.Select(p => new PixelPosition(p.Row + (0.6 * f), p.Column - (0.4 * f))).ToArray(), seed: f)).ToArray();
        var table = detector.Detect(frames);
        for (int f = 0; f < frames.Length; f++)
        {
            var found = table.InFrame(f).ToArray();
            output.WriteLine($"frame {f}: {string.Join("; ", found.Select(d => $"({d.Y:F2}, {d.X:F2}) mass {d["mass"]:F2}"))}");
            Assert.Equal(spots.Length, found.Length);
            foreach (var truth in spots.Select(p => new PixelPosition(p.Row + (0.6 * f), p.Column - (0.4 * f))))
            {
                Assert.Contains(found, d => Math.Sqrt(Math.Pow(d.Y - truth.Row, 2) + Math.Pow(d.X - truth.Column, 2)) < 1);
            }
        }

        var tracks = new TrajectoryLinker(3).Link(table);
        Assert.Equal(spots.Length, tracks.Tracks.Count);
        Assert.All(tracks.Tracks, t => Assert.Equal(frames.Length, t.Count));
    }

    [Fact]
    public void Averaging_the_eight_orientations_makes_even_an_untrained_network_turn_its_answers_with_the_image()
    {
        var model = new LodeStar(1, [4], [4], seed: 7);
        var plain = new LodeStarDetector(model, 0, 1, 1);
        var averaged = new LodeStarDetector(model, 0, 1, 1) { AverageOrientations = true };
        var image = Frame(22, 28, [new(9.3, 15.8)], seed: 4);
        int height = image.Height, width = image.Width;
        var mirroredColumns = Remap(height, width, (r, c) => image[r, width - 1 - c]);
        var mirroredRows = Remap(height, width, (r, c) => image[height - 1 - r, c]);
        var transposed = Remap(width, height, (r, c) => image[c, r]);

        // (row, column) of the original image's answer, as the transformed image's answer maps back to it.
        (double Row, double Column)[] Answers(LodeStarDetector detector) =>
        [
            (detector.Locate(image).Row, detector.Locate(image).Column),
            (detector.Locate(mirroredColumns).Row, width - 1 - detector.Locate(mirroredColumns).Column),
            (height - 1 - detector.Locate(mirroredRows).Row, detector.Locate(mirroredRows).Column),
            (detector.Locate(transposed).Column, detector.Locate(transposed).Row),
        ];
        double Spread((double Row, double Column)[] answers) => answers.Max(a => Math.Max(Math.Abs(a.Row - answers[0].Row), Math.Abs(a.Column - answers[0].Column)));

        double plainSpread = Spread(Answers(plain)), averagedSpread = Spread(Answers(averaged));
        output.WriteLine($"largest disagreement between orientations: plain {plainSpread:F4} px, averaged {averagedSpread:E2} px");
        Assert.True(plainSpread > 0.01, $"the untrained network alone should not be equivariant (spread {plainSpread} px)");
        Assert.True(averagedSpread < 1e-3, $"spread {averagedSpread} px");
        Assert.Equal(plain.ReferenceMass, averaged.ReferenceMass);
    }

    [Fact]
    public void Bad_options_are_refused_with_the_option_and_its_value()
    {
        var model = new LodeStar(1, [4], [4]);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LodeStarTrainer(model, new LodeStarOptions { Copies = 1 }));
        Assert.Contains("Copies", error.Message, StringComparison.Ordinal);
        Assert.Contains("got 1", error.Message, StringComparison.Ordinal);
        var flat = new Image<double>(16, 16);
        Assert.Throws<ArgumentException>(() => new LodeStarTrainer(model, new LodeStarOptions()).Fit(flat));
    }

    [Fact]
    public void Contrast_noise_and_offset_ranges_are_drawn_from_the_seed_and_change_what_the_network_sees()
    {
        var crop = new TestSpot().WithSize(16).WithPosition(new PixelPosition(7.6, 7.3)).WithNoise(0.1).Build(seed: 5).Resolve();
        double[] Losses(LodeStarOptions options) => [.. new LodeStarTrainer(new LodeStar(1, [4], [4], seed: 3), options).Fit(crop).TrainingLosses];
        var plain = new LodeStarOptions { Steps = 4, Seed = 9 };
        var ranges = plain with { Noise = 0, MaxNoise = 2, Contrast = (0.1, 4), MaxOffset = 1 };
        Assert.Equal(Losses(ranges), Losses(ranges));
        Assert.NotEqual(Losses(plain), Losses(ranges));
        Assert.NotEqual(Losses(ranges), Losses(ranges with { Seed = 10 }));
        // A range of one value draws nothing: (1, 1) contrast and MaxNoise equal to Noise are the fixed-noise training.
        Assert.Equal(Losses(plain), Losses(plain with { MaxNoise = plain.Noise, Contrast = (1, 1) }));
    }

    [Fact]
    public void Bad_augmentation_ranges_are_refused_with_the_option_and_its_value()
    {
        var model = new LodeStar(1, [4], [4]);
        var noise = Assert.Throws<ArgumentOutOfRangeException>(() => new LodeStarTrainer(model, new LodeStarOptions { Noise = 0.5, MaxNoise = 0.2 }));
        Assert.Contains("MaxNoise", noise.Message, StringComparison.Ordinal);
        Assert.Contains("got 0.2", noise.Message, StringComparison.Ordinal);
        var contrast = Assert.Throws<ArgumentOutOfRangeException>(() => new LodeStarTrainer(model, new LodeStarOptions { Contrast = (0, 1) }));
        Assert.Contains("Contrast", contrast.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LodeStarTrainer(model, new LodeStarOptions { Contrast = (2, 1) }));
        var offset = Assert.Throws<ArgumentOutOfRangeException>(() => new LodeStarTrainer(model, new LodeStarOptions { MaxOffset = -1 }));
        Assert.Contains("MaxOffset", offset.Message, StringComparison.Ordinal);
        Assert.Contains("got -1", offset.Message, StringComparison.Ordinal);
    }

    /// <summary>Gaussian spots (σ 1.5, amplitude 1) with noise 0.1, as <see cref="TestSpot"/> draws them, on a square frame.</summary>
    private static Image<double> Frame(int size, IReadOnlyList<PixelPosition> spots, int seed) => Frame(size, size, spots, seed);

    /// <summary>Gaussian spots (σ 1.5, amplitude 1) with noise 0.1 on a frame of any shape.</summary>
    private static Image<double> Frame(int height, int width, IReadOnlyList<PixelPosition> spots, int seed)
    {
        var random = new Random(seed);
        var image = new Image<double>(height, width);
        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                double value = spots.Sum(p => Math.Exp(-(Math.Pow(row - p.Row, 2) + Math.Pow(column - p.Column, 2)) / (2 * 1.5 * 1.5)));
                double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
                image[row, column] = value + (0.1 * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
            }
        }

        return image;
    }

    /// <summary>A new image of the given size whose pixel (r, c) is <paramref name="pixel"/>(r, c).</summary>
    private static Image<double> Remap(int height, int width, Func<int, int, double> pixel)
    {
        var image = new Image<double>(height, width);
        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                image[row, column] = pixel(row, column);
            }
        }

        return image;
    }
}
