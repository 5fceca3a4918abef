using CellCounting;

namespace DeepTrack.Fluent.Samples.Tests;

public class CellCountingSampleTests
{
    [Fact]
    public void The_smallest_configuration_learns_to_count_nuclei()
    {
        using var folder = new TemporaryFolder();
        var settings = Settings.Parse(["--training-images", "128", "--crop", "64", "--epochs", "12", "--channels", "8,16,32", "--batch-size", "8",
            "--loss", "mae", "--learning-rate", "0.003", "--test-images", "6", "--test-size", "256,256", "--output", folder.Path, "--resume"]);
        Assert.True(settings.Resume);
        var result = CountingCase.Run(settings, TextWriter.Null);
        // The trivial predictor (the training crops' mean density times the area) is off by tens of percent, since the
        // density varies twentyfold; a U-Net that reads the nuclei does much better after a few epochs.
        Assert.True(result.MeanCountPredictorErrorPercent > 20, $"trivial predictor {result.MeanCountPredictorErrorPercent:F1} %");
        Assert.True(result.UNet.MeanAbsoluteErrorPercent < 0.5 * result.MeanCountPredictorErrorPercent,
            $"U-Net {result.UNet.MeanAbsoluteErrorPercent:F1} % against the trivial predictor's {result.MeanCountPredictorErrorPercent:F1} %");
        Assert.True(File.Exists(Path.Combine(folder.Path, "count_error.png")) && File.Exists(Path.Combine(folder.Path, "example.png")) && File.Exists(Path.Combine(folder.Path, "results.json")));

        // Run again with --resume: the training state of the finished run gives the same network without training it again.
        var log = new StringWriter();
        var again = CountingCase.Run(settings, log);
        // The simulated test images are the same to the bit (their true counts and both baselines); the U-Net's counts
        // to a relative 1e-6: libtorch's float32 kernels may round the same weights' outputs differently in another
        // run (in one run of the whole suite its mean error differed in the ninth digit), while a network trained
        // again differs in the first digits.
        Assert.Equal(result.Images.Count, again.Images.Count);
        for (int k = 0; k < result.Images.Count; k++)
        {
            var (before, after) = (result.Images[k], again.Images[k]);
            Assert.Equal((before.True, before.PixelSum, before.Threshold), (after.True, after.PixelSum, after.Threshold));
            Assert.True(Math.Abs(after.UNet - before.UNet) <= 1e-6 * Math.Abs(before.UNet), $"test image {k}: U-Net count {before.UNet:R}, resumed {after.UNet:R}");
        }

        Assert.DoesNotContain("epoch 1/12", log.ToString(), StringComparison.Ordinal);
        Assert.False(Settings.Parse([]).Resume);
    }

    [Fact]
    public void Each_nucleus_adds_one_to_the_label_unless_the_border_cuts_its_gaussian()
    {
        // A nucleus whose centre lies 4σ = 40 px inside the image adds 1 (times the scale), one centred inside the image at
        // least a quarter (a corner), one centred outside (at most 12 px) more than 0 and less than a half.
        var nucleus = Scene.Nucleus(256, 256);
        var (image, density) = Scene.Of(256, 256, nucleus).Build(seed: 5).Sample(3);
        var positions = image.Get(nucleus, n => n.Position);
        static bool Within(PixelPosition p, double margin) => p.Row >= margin && p.Row <= 255 - margin && p.Column >= margin && p.Column <= 255 - margin;
        int deep = positions.Count(p => Within(p, 4 * Scene.Sigma)), inside = positions.Count(p => Within(p, 0));
        double count = density.Sum() / Scene.LabelScale;
        Assert.True(positions.Count > 20, $"{positions.Count} nuclei");
        Assert.InRange(count, deep + 0.25 * (inside - deep), inside + 0.5 * (positions.Count - inside));
    }

    [Fact]
    public void The_pixel_sum_line_is_recovered_from_exact_data()
    {
        // Images of constant value v with count = area · (0.002·v − 0.01): the fit finds slope and intercept.
        var images = new[] { 10.0, 20.0, 35.0, 50.0 }.Select(v =>
        {
            var image = new Image<double>(32, 48);
            image.AsWritableSpan().Fill(v);
            return (image, 32 * 48 * (0.002 * v - 0.01));
        }).ToArray();
        var fit = PixelSumCounter.Fit(images);
        Assert.Equal(0.002, fit.Slope, 12);
        Assert.Equal(-0.01, fit.Intercept, 12);
        Assert.Equal(images[2].Item2, fit.Count(images[2].image), 9);
    }
}
