using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.Tests.Tracking;

public class MeanSquaredDisplacementTests
{
    private static TrackTable Tracks(params (int Frame, double X, double Y, int Particle)[] rows)
    {
        var table = new DetectionTable(rows.Select(r => new Detection(r.Frame, r.X, r.Y)), "µm");
        return new TrackTable(table, [.. rows.Select(r => r.Particle)]);
    }

    [Fact]
    public void Averages_every_overlapping_pair_at_each_lag()
    {
        // x = 0, 1, 3, 6: lag 1 → 1, 2, 3 (mean of squares 14/3); lag 2 → 3, 5 (17); lag 3 → 6 (36). y moves 0, 0, 0, 2.
        var msd = MeanSquaredDisplacement.Ensemble(Tracks((0, 0, 0, 7), (1, 1, 0, 7), (2, 3, 0, 7), (3, 6, 2, 7)), maxLag: 5, frameInterval: 0.1, timeUnit: "s");
        Assert.Equal([1, 2, 3], msd.Select(p => p.Lag));
        Assert.Equal([3, 2, 1], msd.Select(p => p.Count));
        Assert.Equal(14.0 / 3, msd[0].MsdX, 12);
        Assert.Equal(4.0 / 3, msd[0].MsdY, 12);
        Assert.Equal((14.0 / 3) + (4.0 / 3), msd[0].Msd, 12);
        Assert.Equal((9 + 25) / 2.0, msd[1].MsdX, 12);
        Assert.Equal(36 + 4, msd[2].Msd, 12);
        Assert.Equal(0.3, msd[2].LagTime, 12);
        Assert.Equal("µm²", msd.MsdUnit);
        Assert.Equal("s", msd.TimeUnit);
    }

    [Fact]
    public void Missing_frames_give_no_pair_and_the_ensemble_pools_displacements()
    {
        // Track 0 is seen in frames 0, 1, 3; track 1 in frames 0 and 1.
        var tracks = Tracks((0, 0, 0, 0), (0, 10, 0, 1), (1, 1, 0, 0), (1, 13, 0, 1), (3, 2, 0, 0));
        var ensemble = MeanSquaredDisplacement.Ensemble(tracks, maxLag: 3);
        Assert.Equal((2, (1.0 + 9) / 2), (ensemble[0].Count, ensemble[0].Msd));   // lag 1: 0→1 of both tracks
        Assert.Equal((1, 1.0), (ensemble[1].Count, ensemble[1].Msd));             // lag 2: 1→3 of track 0
        Assert.Equal((1, 4.0), (ensemble[2].Count, ensemble[2].Msd));             // lag 3: 0→3 of track 0

        var individual = MeanSquaredDisplacement.Individual(tracks, maxLag: 3);
        Assert.Equal([1], individual[1].Select(p => p.Lag));
        Assert.Equal(9, individual[1][0].Msd);
        Assert.Equal(3, individual[0].Count);
    }

    [Fact]
    public void The_brownian_fit_recovers_an_exact_line()
    {
        // A track moving 2 px per frame has MSD(τ) = 4τ²: points (1, 4), (2, 16), (3, 36). Least squares through them:
        // slope Σ(τ − 2)(m − 56/3) / Σ(τ − 2)² = 32 / 2 = 16, offset 56/3 − 16·2.
        var msd = MeanSquaredDisplacement.Ensemble(Tracks([.. Enumerable.Range(0, 10).Select(f => (f, 2.0 * f, 0.0, 0))]), maxLag: 3);
        Assert.Equal([4.0, 16, 36], msd.Select(p => p.Msd));

        var fit = DiffusionFit.Brownian(msd, dimensions: 2, lags: 3);
        Assert.Equal(16.0 / 4, fit.Coefficient, 12);           // D = slope / (2·dimensions)
        Assert.Equal((56.0 / 3) - (16 * 2), fit.Offset, 12);
        var origin = DiffusionFit.Brownian(msd, dimensions: 1, lags: 2, fitOffset: false);
        Assert.Equal(((1 * 4.0) + (2 * 16)) / (1 + 4) / 2, origin.Coefficient, 12); // slope Σ τ·m / Σ τ², D = slope / (2·1)
        Assert.Equal("µm²/frame", fit.Unit);
    }

    [Fact]
    public void A_fit_longer_than_the_curve_is_explained()
    {
        var msd = MeanSquaredDisplacement.Ensemble(Tracks((0, 0, 0, 0), (1, 1, 0, 0)), maxLag: 4);
        var error = Assert.Throws<ArgumentException>(() => DiffusionFit.Brownian(msd, lags: 4));
        Assert.Contains("has 1 points; the fit needs 4", error.Message);
    }
}
