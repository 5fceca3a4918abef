using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class SquareSymmetriesTests
{
    [Fact]
    public void Averaging_keeps_a_position_that_turns_with_the_image_and_cancels_a_bias_that_does_not()
    {
        // An asymmetric image of two spots of different brightness; its centroids weighted by the intensity and by its
        // square, measured from the centre of the 9×9 image, are computed here by hand.
        var pixels = new float[81];
        pixels[1 * 9 + 6] = 3; // row 1, column 6
        pixels[7 * 9 + 2] = 1; // row 7, column 2
        using var image = tensor(pixels).reshape(1, 1, 9, 9);
        double x = (3 * 6 + 1 * 2) / 4.0 - 4, y = (3 * 1 + 1 * 7) / 4.0 - 4;
        double x2 = (9 * 6 + 1 * 2) / 10.0 - 4, y2 = (9 * 1 + 1 * 7) / 10.0 - 4;

        using var model = new CentroidPlusBias(0.3f, -0.2f);
        using var single = model.forward(image);
        Assert.Equal(x + 0.3, single[0, 0].item<float>(), 5);
        Assert.Equal(y - 0.2, single[0, 1].item<float>(), 5);

        using var averaged = SquareSymmetries.AveragePositions(model, image);
        Assert.Equal([1L, 4L], averaged.shape);
        Assert.Equal(x, averaged[0, 0].item<float>(), 5);
        Assert.Equal(y, averaged[0, 1].item<float>(), 5);
        // The second position stays the second position.
        Assert.Equal(x2, averaged[0, 2].item<float>(), 5);
        Assert.Equal(y2, averaged[0, 3].item<float>(), 5);
    }

    [Fact]
    public void Invariant_outputs_after_the_positions_are_averaged_as_they_are()
    {
        // Corners of 1, 2, 4 and 8 and a spot at row 2, column 5 of a 9×9 image; the model's third output is the total
        // intensity (the same in every orientation) plus the top-left pixel of the view it sees: each corner is the
        // top-left one in 2 of the 8 orientations, so the average adds (1 + 2 + 4 + 8) / 4 = 3.75.
        var pixels = new float[81];
        (pixels[0], pixels[8], pixels[72], pixels[80], pixels[2 * 9 + 5]) = (1, 2, 4, 8, 5);
        using var image = tensor(pixels).reshape(1, 1, 9, 9);
        using var model = new CentroidAndCorner();
        using var averaged = SquareSymmetries.AveragePositions(model, image, invariants: 1);
        Assert.Equal([1L, 3L], averaged.shape);
        double x = (1 * 0 + 2 * 8 + 4 * 0 + 8 * 8 + 5 * 5) / 20.0 - 4, y = (1 * 0 + 2 * 0 + 4 * 8 + 8 * 8 + 5 * 2) / 20.0 - 4;
        Assert.Equal(x, averaged[0, 0].item<float>(), 5);
        Assert.Equal(y, averaged[0, 1].item<float>(), 5);
        Assert.Equal(20 + 3.75, averaged[0, 2].item<float>(), 5);

        // Read as a position pair, the same outputs would be refused: three values are not pairs.
        Assert.Contains("(1, 3)", Assert.Throws<ArgumentException>(() => SquareSymmetries.AveragePositions(model, image)).Message);
        Assert.Contains("followed by 2 invariant values", Assert.Throws<ArgumentException>(() => SquareSymmetries.AveragePositions(model, image, invariants: 2)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SquareSymmetries.AveragePositions(model, image, invariants: -1));
    }

    [Fact]
    public void Non_square_images_and_outputs_that_are_not_pairs_are_refused()
    {
        using var model = new CentroidPlusBias(0, 0);
        using var wide = zeros(1, 1, 8, 9);
        var shape = Assert.Throws<ArgumentException>(() => SquareSymmetries.AveragePositions(model, wide));
        Assert.Contains("(1, 1, 8, 9)", shape.Message);

        using var odd = nn.Linear(81, 3);
        var pairs = Assert.Throws<ArgumentException>(() => SquareSymmetries.AveragePositions(nn.Sequential(nn.Flatten(), odd), zeros(1, 1, 9, 9)));
        Assert.Contains("(1, 3)", pairs.Message);
    }

    /// <summary>The intensity-weighted centroid from the image centre, then the total intensity plus the top-left pixel.</summary>
    private sealed class CentroidAndCorner : nn.Module<Tensor, Tensor>
    {
        public CentroidAndCorner()
            : base(nameof(CentroidAndCorner))
        {
        }

        public override Tensor forward(Tensor input)
        {
            long size = input.shape[3];
            var weights = input.sum(1);
            var axis = arange(size, dtype: ScalarType.Float32) - (size - 1) / 2f;
            var total = weights.sum([1, 2]);
            var x = (weights * axis.reshape(1, 1, size)).sum([1, 2]) / total;
            var y = (weights * axis.reshape(1, size, 1)).sum([1, 2]) / total;
            return stack([x, y, total + weights[TensorIndex.Colon, 0, 0]], 1);
        }
    }

    /// <summary>Two positions from the image centre: the intensity-weighted centroid plus a bias, and the centroid weighted by the squared intensity.</summary>
    private sealed class CentroidPlusBias : nn.Module<Tensor, Tensor>
    {
        private readonly float biasX, biasY;

        public CentroidPlusBias(float biasX, float biasY)
            : base(nameof(CentroidPlusBias))
            => (this.biasX, this.biasY) = (biasX, biasY);

        public override Tensor forward(Tensor input)
        {
            long size = input.shape[3];
            var weights = input.sum(1);
            var (x, y) = Centroid(weights, size);
            var (x2, y2) = Centroid(weights * weights, size);
            return stack([x + biasX, y + biasY, x2, y2], 1);
        }

        private static (Tensor X, Tensor Y) Centroid(Tensor weights, long size)
        {
            var axis = arange(size, dtype: ScalarType.Float32) - (size - 1) / 2f;
            var total = weights.sum([1, 2]);
            return ((weights * axis.reshape(1, 1, size)).sum([1, 2]) / total, (weights * axis.reshape(1, size, 1)).sum([1, 2]) / total);
        }
    }
}
