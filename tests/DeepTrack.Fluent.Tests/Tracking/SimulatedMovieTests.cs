using DeepTrack.Fluent.Tracking;
using Xunit.Abstractions;

namespace DeepTrack.Fluent.Tests.Tracking;

/// <summary>One particle of a simulated movie: where it is, where a detector would place it, and whether it is seen.</summary>
[Feature]
public sealed partial record Walker : AppendFeature<Walker.Observation>
{
    public partial PixelPosition Position { get; init; }

    public partial PixelPosition Error { get; init; } = new(0, 0);

    public partial bool Detected { get; init; } = true;

    protected override Observation Create(FeatureContext context) => new(Position, Position.Offset(Error.Row, Error.Column), Detected);

    public readonly record struct Observation(PixelPosition True, PixelPosition Measured, bool Detected);
}

/// <summary>
/// Linking and diffusion on movies of Brownian particles made by the library's own sequences (<c>AsSequence</c> with a
/// Brownian step), where every link and D are known.
/// </summary>
public class SimulatedMovieTests(ITestOutputHelper output)
{
    private const double Box = 128;

    internal static (DetectionTable Detections, TrackTable Truth) Movie(int particles, int frames, double sigma, ulong seed, double localisation = 0, double missed = 0)
    {
        var walker = new Walker()
            .WithPosition(Distribution.UniformPosition(0, Box, 0, Box), (w, step) => step.Previous.Offset(sigma * step.Random.NextGaussian(), sigma * step.Random.NextGaussian()))
            .WithError(Distribution.From(r => new PixelPosition(localisation * r.NextGaussian(), localisation * r.NextGaussian())))
            .WithDetected(Distribution.Bernoulli(1 - missed));
        var movie = (walker ^ particles).AsSequence(frames).Build(seed).Resolve();

        var rows = new List<(Detection Detection, int Particle)>();
        for (int frame = 0; frame < movie.Count; frame++)
        {
            for (int particle = 0; particle < movie[frame].Count; particle++)
            {
                var observation = movie[frame][particle];
                if (observation.Detected || frame == 0)
                {
                    rows.Add((Detection.At(frame, observation.Measured), particle));
                }
            }
        }

        var detections = new DetectionTable(rows.Select(r => r.Detection));
        return (detections, new TrackTable(detections, [.. rows.Select(r => r.Particle)]));
    }

    /// <summary>
    /// Three densities of Brownian particles (σ = 1 px per axis and frame, D = 0.5 px²/frame) in a 128 px box, linked
    /// with a 4 px search range. The statistical error of D (through-origin fit of lags 1–4) is about 2 % for the two
    /// sparser movies; at the densest, wrong links (nearest neighbours 2.4 step lengths apart) bias D low by ~5 %.
    /// </summary>
    [Theory]
    [InlineData(25, 160, 0.995, 0.05)]
    [InlineData(100, 80, 0.98, 0.05)]
    [InlineData(400, 20, 0.92, 0.12)]
    public void Links_brownian_movies_and_recovers_the_diffusion_coefficient(int particles, int frames, double minimumAccuracy, double tolerance)
    {
        const double sigma = 1, expectedD = sigma * sigma / 2; // px² per frame
        var (detections, truth) = Movie(particles, frames, sigma, seed: 11);
        var linked = new TrajectoryLinker(SearchRange: 4 * sigma) { AdaptiveStop = 0.5 }.Link(detections);
        var score = LinkingScore.Compare(linked, truth);

        var msd = MeanSquaredDisplacement.Ensemble(linked, maxLag: 4);
        double d = DiffusionFit.Brownian(msd, lags: 4, fitOffset: false).Coefficient;
        double dTruth = DiffusionFit.Brownian(MeanSquaredDisplacement.Ensemble(truth, maxLag: 4), lags: 4, fitOffset: false).Coefficient;
        double nn = MeanNearestNeighbour(detections);
        output.WriteLine($"{particles} particles, {frames} frames (mean nearest neighbour {nn:F2} px, step rms {Math.Sqrt(2) * sigma:F2} px): accuracy {score.Accuracy:P2}, precision {score.Precision:P2}, D {d:F4} (true {expectedD}; from true tracks {dTruth:F4}), error {(d - expectedD) / expectedD:P1}");
        Assert.True(score.Accuracy >= minimumAccuracy, $"accuracy {score.Accuracy:P2} < {minimumAccuracy:P1}");
        Assert.InRange(d, expectedD * (1 - tolerance), expectedD * (1 + tolerance));
    }

    [Fact]
    public void Memory_recovers_links_across_missed_detections()
    {
        // 10 % of detections missed: without memory every miss breaks a track; with memory 2 almost none does.
        var (detections, truth) = Movie(100, 40, sigma: 0.5, seed: 5, missed: 0.1);
        var without = LinkingScore.Compare(new TrajectoryLinker(2.5).Link(detections), truth);
        var with = LinkingScore.Compare(new TrajectoryLinker(2.5) { Memory = 2 }.Link(detections), truth);
        output.WriteLine($"missed 10 %: accuracy without memory {without.Accuracy:P2}, with memory 2 {with.Accuracy:P2}");
        Assert.True(without.Accuracy < 0.95, $"without memory {without.Accuracy:P2}");
        Assert.True(with.Accuracy > 0.98, $"with memory {with.Accuracy:P2}");
    }

    [Fact]
    public void The_fitted_offset_measures_the_localisation_error()
    {
        // A static localisation error σ_loc per axis adds 2·2·σ_loc² to every MSD point: here 4 · 0.3² = 0.36 px².
        // Over twelve seeds, 50 particles × 100 frames gave D within ±4 % and the offset within ±0.1 px² (6 lags):
        // twice the particles here, tolerances of about three standard errors.
        const double sigma = 1, localisation = 0.3;
        var (detections, _) = Movie(100, 100, sigma, seed: 21, localisation: localisation);
        var linked = new TrajectoryLinker(4).Link(detections);
        var fit = DiffusionFit.Brownian(MeanSquaredDisplacement.Ensemble(linked, maxLag: 4), lags: 4);
        var naive = DiffusionFit.Brownian(MeanSquaredDisplacement.Ensemble(linked, maxLag: 1), lags: 1, fitOffset: false);
        output.WriteLine($"D {fit.Coefficient:F4} {fit.Unit}, offset {fit.Offset:F4}; lag-1 estimate without offset {naive.Coefficient:F4}");
        Assert.Equal("px²/frame", fit.Unit);
        Assert.InRange(fit.Coefficient, 0.5 * 0.92, 0.5 * 1.08);
        Assert.InRange(fit.Offset, 0.36 - 0.15, 0.36 + 0.15);
        Assert.InRange(naive.Coefficient, 0.5 + (0.36 / 4) - 0.03, 0.5 + (0.36 / 4) + 0.03); // (4D + 0.36) / 4
    }

    private static double MeanNearestNeighbour(DetectionTable detections)
    {
        var first = detections.InFrame(0).ToArray();
        return first.Average(a => first.Where(b => b != a).Min(b => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)))));
    }
}
