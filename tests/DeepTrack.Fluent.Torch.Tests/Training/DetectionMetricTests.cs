using DeepTrack.Fluent;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class DetectionMetricTests
{
    private static PixelPosition P(double row, double column) => new(row, column);

    [Fact]
    public void Nothing_to_find_and_nothing_found_scores_one_with_no_error()
    {
        var score = Metric.Detection([], [], 3);
        Assert.Equal((0, 0, 0), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
        Assert.True(double.IsNaN(score.RootMeanSquareError));

        var missed = Metric.Detection([], [P(1, 1)], 3);
        Assert.Equal((1.0, 0.0, 0.0), (missed.Precision, missed.Recall, missed.F1));
        var invented = Metric.Detection([P(1, 1)], [], 3);
        Assert.Equal((0.0, 1.0, 0.0), (invented.Precision, invented.Recall, invented.F1));
    }

    [Fact]
    public void A_pair_exactly_at_the_radius_counts_and_one_just_beyond_does_not()
    {
        var at = Metric.Detection([P(3, 4)], [P(0, 0)], 5);
        Assert.Equal((1, 0, 0), (at.TruePositives, at.FalsePositives, at.FalseNegatives));
        Assert.Equal(5, at.RootMeanSquareError, 12);

        var beyond = Metric.Detection([P(3, 4)], [P(0, 0)], 4.999);
        Assert.Equal((0, 1, 1), (beyond.TruePositives, beyond.FalsePositives, beyond.FalseNegatives));
    }

    [Fact]
    public void The_matching_finds_the_most_pairs_where_nearest_first_would_leave_one_out()
    {
        // Nearest first pairs d1 with a (0.1 apart) and leaves d2, whose only neighbour is a, unmatched.
        // The optimal matching pairs d1 with b and d2 with a, both 1 apart.
        PixelPosition a = P(0, 0), b = P(0, 1.1), d1 = P(0, 0.1), d2 = P(0, -1);
        var score = Metric.Detection([d1, d2], [a, b], 1.5);

        Assert.Equal((2, 0, 0), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        Assert.Equal(1, score.RootMeanSquareError, 12);
        Assert.Equal([(0, 1), (1, 0)], Metric.MatchDetections([d1, d2], [a, b], 1.5));
    }

    [Fact]
    public void Among_matchings_with_the_most_pairs_the_one_with_the_smallest_squared_distances_is_chosen()
    {
        var score = Metric.Detection([P(0, 1), P(0, 0)], [P(0, 0.1), P(0, 1.1)], 3);
        Assert.Equal(2, score.TruePositives);
        Assert.Equal(0.1, score.RootMeanSquareError, 12);
        Assert.Equal([(0, 1), (1, 0)], Metric.MatchDetections([P(0, 1), P(0, 0)], [P(0, 0.1), P(0, 1.1)], 3));
    }

    [Fact]
    public void Counts_give_precision_recall_and_f1_and_images_add_up()
    {
        // Image 1: two of three detections are real (one is 10 px away from everything), both particles found.
        var first = Metric.Detection([P(5, 5), P(20, 20), P(40, 40)], [P(5, 6), P(20, 22)], 3);
        Assert.Equal((2, 1, 0), (first.TruePositives, first.FalsePositives, first.FalseNegatives));
        Assert.Equal((2 / 3.0, 1.0, 0.8), (first.Precision, first.Recall, first.F1));
        Assert.Equal(Math.Sqrt((1 + 4) / 2.0), first.RootMeanSquareError, 12);

        // Image 2: the detection lies where image 1 has a particle; images are matched separately.
        IReadOnlyList<PixelPosition> none = [], at = [P(5, 6)], elsewhere = [P(30, 30)];
        var total = Metric.Detection([([P(5, 5), P(20, 20), P(40, 40)], [P(5, 6), P(20, 22)]), (at, elsewhere), (none, none)], 3);
        Assert.Equal(first + new DetectionScore(0, 1, 1, 0), total);
        Assert.Equal((2, 2, 1), (total.TruePositives, total.FalsePositives, total.FalseNegatives));
        Assert.Equal(4 / 7.0, total.F1, 12);
    }

    [Fact]
    public void The_matching_equals_an_exhaustive_search_on_random_crowded_scenes()
    {
        var random = new Random(3);
        for (int scene = 0; scene < 300; scene++)
        {
            var predicted = Enumerable.Range(0, random.Next(0, 7)).Select(_ => P(random.NextDouble() * 6, random.NextDouble() * 6)).ToArray();
            var truth = Enumerable.Range(0, random.Next(0, 7)).Select(_ => P(random.NextDouble() * 6, random.NextDouble() * 6)).ToArray();
            var (pairs, squared) = Exhaustive(predicted, truth, 2, 0, new bool[truth.Length]);
            var score = Metric.Detection(predicted, truth, 2);
            Assert.Equal(pairs, score.TruePositives);
            Assert.Equal(squared, score.SquaredDistanceSum, 9);
        }
    }

    [Fact]
    public void Bad_radii_and_positions_are_named()
    {
        var radius = Assert.Throws<ArgumentOutOfRangeException>(() => Metric.Detection([], [], 0));
        Assert.Equal("radius", radius.ParamName);
        var position = Assert.Throws<ArgumentException>(() => Metric.Detection([P(1, 1), P(double.NaN, 2)], [], 3));
        Assert.Contains("Position 1 of predicted", position.Message);
    }

    /// <summary>The most pairs, then the smallest sum of squared distances, over every assignment of detections from <paramref name="i"/> on.</summary>
    private static (int Pairs, double Squared) Exhaustive(PixelPosition[] predicted, PixelPosition[] truth, double radius, int i, bool[] used)
    {
        if (i == predicted.Length)
        {
            return (0, 0);
        }

        var best = Exhaustive(predicted, truth, radius, i + 1, used);
        for (int j = 0; j < truth.Length; j++)
        {
            double dr = predicted[i].Row - truth[j].Row, dc = predicted[i].Column - truth[j].Column, d2 = dr * dr + dc * dc;
            if (used[j] || d2 > radius * radius)
            {
                continue;
            }

            used[j] = true;
            var rest = Exhaustive(predicted, truth, radius, i + 1, used);
            used[j] = false;
            var candidate = (rest.Pairs + 1, rest.Squared + d2);
            if (candidate.Item1 > best.Pairs || (candidate.Item1 == best.Pairs && candidate.Item2 < best.Squared))
            {
                best = candidate;
            }
        }

        return best;
    }
}
