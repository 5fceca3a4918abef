using System.Text.Json.Nodes;
using DeepTrack.Fluent;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>The normalisation a model was trained with is saved with it, and a bundle that does not fit its model is refused with the reason.</summary>
public sealed class ModelBundleTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "bundle-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Each_normalisation_maps_pixels_as_its_definition_says()
    {
        double[] pixels = [2, 4, 6, 10];
        var output = new float[4];
        InputNormalization.MinMax().Apply(pixels, output);
        Assert.Equal([0f, 0.25f, 0.5f, 1f], output);
        InputNormalization.MinMax(-1, 1).Apply(pixels, output);
        Assert.Equal([-1f, -0.5f, 0f, 1f], output);
        InputNormalization.Standard().Apply(pixels, output);
        double sd = Math.Sqrt((3.5 * 3.5 + 1.5 * 1.5 + 0.5 * 0.5 + 4.5 * 4.5) / 4); // mean 5.5, population deviation
        Assert.Equal([(float)(-3.5 / sd), (float)(-1.5 / sd), (float)(0.5 / sd), (float)(4.5 / sd)], output);
        InputNormalization.Fixed(2, 4).Apply(pixels, output);
        Assert.Equal([0f, 0.5f, 1f, 2f], output);
        InputNormalization.None.Apply(pixels, output);
        Assert.Equal([2f, 4f, 6f, 10f], output);

        // A flat image has no range: MinMax gives its lower bound, Standard zero (never NaN).
        InputNormalization.MinMax(0.2, 1).Apply([3, 3], output.AsSpan(0, 2));
        Assert.Equal([0.2f, 0.2f], output[..2]);
        InputNormalization.Standard().Apply([3, 3], output.AsSpan(0, 2));
        Assert.Equal([0f, 0f], output[..2]);

        Assert.Contains("high > low", Assert.Throws<ArgumentOutOfRangeException>(() => InputNormalization.MinMax(1, 1)).Message);
        Assert.Contains("non-zero scale", Assert.Throws<ArgumentOutOfRangeException>(() => InputNormalization.Fixed(0, 0)).Message);
    }

    [Fact]
    public void The_encoder_normalises_the_input_and_leaves_the_label()
    {
        var spot = TestSpot.Random(12).WithNoise(0);
        var image = spot.Build(3).Sample(0);
        var encoder = SampleEncoder.From<Image<double>>(i => i * 10 + 3).WithInputNormalization(InputNormalization.MinMax()).WithImageLabels(i => i);
        var encoded = encoder.Encode(image, 0, out _);
        Assert.Equal(InputNormalization.MinMax(), encoder.Normalization);
        Assert.Equal(0f, encoded.Input.Min());
        Assert.Equal(1f, encoded.Input.Max());
        Assert.Equal(image.AsReadOnlySpan().ToArray().Select(v => (float)v), encoded.Label);

        // Normalising before or after choosing the label gives the same encoder.
        var other = SampleEncoder.From<Image<double>>(i => i * 10 + 3).WithImageLabels(i => i).WithInputNormalization(InputNormalization.MinMax());
        Assert.Equal(encoded.Input, other.Encode(image, 0, out _).Input);
    }

    [Fact]
    public void A_saved_bundle_loads_with_its_normalisation_shape_and_weights()
    {
        manual_seed(3);
        var spot = TestSpot.Random(12);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithInputNormalization(InputNormalization.Fixed(0.1, 2)).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        var set = SampleSet.Generate(spot.Build(1), encoder, 8);
        var trained = new Cnn(1, 12, 12, [4], [8], 2, seed: 5);
        var manifest = ModelBundle.Save(folder, trained, encoder, new DataLoader(set, 4));
        Assert.Equal(new ModelManifest("Cnn", [1, 12, 12], InputNormalization.Fixed(0.1, 2), LabelKind.Numbers, [2]), manifest);
        Assert.Equal(manifest, ModelBundle.ReadManifest(folder));

        // The manifest is plain JSON a Python script can read.
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, ModelBundle.ManifestFile)))!;
        Assert.Equal("Fixed", (string)json["normalization"]!["kind"]!);
        Assert.Equal(2.0, (double)json["normalization"]!["high"]!);
        Assert.Equal(12, (int)json["input"]!["width"]!);

        var bundle = ModelBundle.Load(folder, new Cnn(1, 12, 12, [4], [8], 2, seed: 99));
        Assert.False(bundle.Model.training);
        var image = spot.Build(1).Sample(3);
        Assert.Equal(Inference.Predict(trained, image), Inference.Predict(bundle.Model, image));
        bundle.RequireNormalization(InputNormalization.Fixed(0.1, 2));
        var wrong = Assert.Throws<InvalidOperationException>(() => bundle.RequireNormalization(InputNormalization.MinMax()));
        Assert.Contains("Fixed(offset 0.1, scale 2)", wrong.Message);
        Assert.Contains("MinMax(0, 1)", wrong.Message);
    }

    [Fact]
    public void A_bundle_that_does_not_fit_its_model_or_was_altered_is_refused_with_the_reason()
    {
        var shape = new SampleShape([1, 16, 16], [1, 16, 16], LabelKind.Image);
        ModelBundle.Save(folder, new UNet(1, [4, 8], 1), shape, InputNormalization.Standard());
        string manifest = Path.Combine(folder, ModelBundle.ManifestFile);

        // Another architecture, and the same one with other sizes.
        Assert.Contains("holds a UNet, but the model given is a Cnn", Assert.Throws<InvalidDataException>(() => ModelBundle.Load(folder, new Cnn(1, 16, 16, [4], [8], 2))).Message);
        Assert.Contains("shape", Assert.Throws<InvalidDataException>(() => ModelBundle.Load(folder, new UNet(1, [4, 16], 1))).Message);

        // A manifest whose input shape no longer matches what the model makes.
        string text = File.ReadAllText(manifest);
        File.WriteAllText(manifest, text.Replace("\"channels\": 1", "\"channels\": 2", StringComparison.Ordinal));
        Assert.Contains("does not take the manifest's input (2, 16, 16)", Assert.Throws<InvalidDataException>(() => ModelBundle.Load(folder, new UNet(1, [4, 8], 1))).Message);
        File.WriteAllText(manifest, text.Replace("\"kind\": \"Standard\"", "\"kind\": \"Percentile\"", StringComparison.Ordinal));
        Assert.Contains("normalization.kind is 'Percentile'; the kinds are None, MinMax, Standard, Fixed", Assert.Throws<InvalidDataException>(() => ModelBundle.ReadManifest(folder)).Message);
        File.WriteAllText(manifest, text.Replace("\"shape\": [", "\"shape\": [2, ", StringComparison.Ordinal));
        Assert.Contains("but the manifest says (2, 1, 16, 16)", Assert.Throws<InvalidDataException>(() => ModelBundle.Load(folder, new UNet(1, [4, 8], 1))).Message);
        File.WriteAllText(manifest, "{ \"format\": ");
        Assert.Contains("not valid JSON", Assert.Throws<InvalidDataException>(() => ModelBundle.ReadManifest(folder)).Message);

        // Weights replaced after the manifest was written.
        File.WriteAllText(manifest, text);
        ModelBundle.Load(folder, new UNet(1, [4, 8], 1));
        new UNet(1, [4, 8], 1, seed: 7).save(Path.Combine(folder, ModelBundle.WeightsFile));
        Assert.Contains("weights were replaced", Assert.Throws<InvalidDataException>(() => ModelBundle.Load(folder, new UNet(1, [4, 8], 1))).Message);

        // Not a bundle at all.
        File.Delete(manifest);
        Assert.Contains("not a model bundle", Assert.Throws<FileNotFoundException>(() => ModelBundle.Load(folder, new UNet(1, [4, 8], 1))).Message);
        Assert.Contains("no model bundle folder", Assert.Throws<DirectoryNotFoundException>(() => ModelBundle.ReadManifest(folder + "-missing")).Message);
    }
}
