using DeepTrack.Fluent;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class InferenceTests
{
    [Fact]
    public void Predicting_a_stack_in_batches_equals_predicting_each_image_and_equals_the_model_on_a_batch()
    {
        manual_seed(11);
        var spot = TestSpot.Random(12);
        var images = spot.Build(2).Generate(7);
        var model = new Cnn(1, 12, 12, [4], [8], 3);

        var stacked = Inference.Predict(model, images, batchSize: 3);
        Assert.Equal(7, stacked.Length);
        for (int i = 0; i < images.Length; i++)
        {
            Assert.Equal(stacked[i], Inference.Predict(model, images[i]), new FloatTolerance(1e-6f));
        }

        var set = SampleSet.Generate(spot.Build(2), SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i)), 7);
        using var scope = NewDisposeScope();
        model.eval();
        using var noGrad = no_grad();
        var direct = model.forward(set.Batch(0, 7).Inputs).data<float>().ToArray();
        Assert.Equal(direct, stacked.SelectMany(o => o).ToArray(), new FloatTolerance(1e-6f));
    }

    [Fact]
    public void Image_outputs_come_back_as_images_with_one_plane_per_channel()
    {
        manual_seed(12);
        var images = TestSpot.Random(10).Build(3).Generate(2);
        var one = Inference.PredictImages(new UNet(1, [4, 8], 1), images);
        var three = Inference.PredictImage(new EncoderDecoder(1, [4, 8], 3), images[0]);
        Assert.Equal((10, 10, 1), (one[1].Height, one[1].Width, one[1].Depth));
        Assert.Equal((10, 10, 3), (three.Height, three.Width, three.Depth));

        var ex = Assert.Throws<InvalidOperationException>(() => Inference.PredictImage(new Mlp(100, [4], 2), images[0]));
        Assert.Contains("(2)", ex.Message);
    }

    [Fact]
    public void Segmentation_finds_each_connected_blob_with_its_weighted_centroid_and_area()
    {
        var map = new Image<double>(20, 20);
        map[2, 2] = 0.9;
        map[2, 3] = 0.9;
        map[3, 3] = 0.7;                 // diagonal neighbour of (2, 2)… and direct of (2, 3): one blob of 3
        map[10, 10] = 0.6;
        map[10, 12] = 0.55;              // not connected to (10, 10)
        map[15, 5] = 0.4;                // below the threshold
        var found = Segmentation.Detect(map, threshold: 0.5);

        Assert.Equal(3, found.Count);
        Assert.Equal(3, found[0].Area);
        Assert.Equal((0.4 * 2 + 0.4 * 2 + 0.2 * 3) / 1.0, found[0].Row, 10);
        Assert.Equal((0.4 * 2 + 0.4 * 3 + 0.2 * 3) / 1.0, found[0].Column, 10);
        Assert.Equal(0.9, found[0].Score);
        Assert.Equal(new PixelPosition(10, 10), found[1].Position);
        Assert.Single(Segmentation.Detect(map, 0.5, minimumArea: 2));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Segmentation.Detect(map, 0.5, minimumArea: 0));
        Assert.Contains("0", ex.Message);
    }

    [Fact]
    public void A_density_map_counts_its_normalised_blobs()
    {
        var map = new Image<double>(30, 30);
        foreach (var (r0, c0) in new[] { (8.0, 8.0), (20.0, 14.0), (10.0, 22.0) })
        {
            var blob = new Image<double>(30, 30);
            for (int r = 0; r < 30; r++)
            {
                for (int c = 0; c < 30; c++)
                {
                    blob[r, c] = Math.Exp(-((r - r0) * (r - r0) + (c - c0) * (c - c0)) / (2 * 2.0 * 2.0));
                }
            }

            map += blob / blob.Sum();
        }

        Assert.Equal(3, Density.Count(map), 6);
        Assert.Equal(1.5, Density.Count(map, integralPerObject: 2), 6);
        Assert.Throws<ArgumentOutOfRangeException>(() => Density.Count(map, 0));
    }
}
