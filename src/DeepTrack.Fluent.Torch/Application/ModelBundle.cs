using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A trained model as one folder: its weights (<see cref="WeightsFile"/>, TorchSharp's format, written by
/// <see cref="Checkpoint"/>) and a manifest (<see cref="ManifestFile"/>, JSON) with the input shape, the input
/// normalisation and the output kind it was trained with, and the weights' SHA-256. Applying a loaded bundle
/// (<see cref="Predictor"/>) normalises images as training did, so the two cannot silently differ.
/// </summary>
/// <remarks>
/// The architecture is code, not data: <see cref="Load"/> takes a model built as the saved one and checks it against the
/// bundle (type, every weight's name and shape, and the output shape of a forward pass on the manifest's input shape)
/// before it is used. The manifest is plain JSON so that other tools (Python) can read how to feed the model.
/// </remarks>
public sealed class ModelBundle
{
    /// <summary>The manifest's file name inside the bundle folder.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The weights' file name inside the bundle folder.</summary>
    public const string WeightsFile = "weights.bin";

    private const string Format = "deeptrack-fluent-model-bundle/1";

    private ModelBundle(string folder, nn.Module<Tensor, Tensor> model, ModelManifest manifest)
    {
        Folder = folder;
        Model = model;
        Manifest = manifest;
    }

    /// <summary>The bundle's folder.</summary>
    public string Folder { get; }

    /// <summary>The model, with the bundle's weights, in evaluation mode.</summary>
    public nn.Module<Tensor, Tensor> Model { get; }

    /// <summary>What the bundle says about the model.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Saves a model trained on <paramref name="training"/> with the encoder's normalisation.</summary>
    /// <typeparam name="TSample">The pipeline's output type.</typeparam>
    /// <param name="folder">The bundle folder (created; its two files replaced).</param>
    /// <param name="model">The trained model.</param>
    /// <param name="encoder">The encoder the training data was made with (its <see cref="SampleEncoder{TSample}.Normalization"/> is saved).</param>
    /// <param name="training">The training data (its shape is saved).</param>
    /// <returns>The manifest written.</returns>
    public static ModelManifest Save<TSample>(string folder, nn.Module<Tensor, Tensor> model, SampleEncoder<TSample> encoder, ITrainingData training)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(training);
        return Save(folder, model, training.Shape, encoder.Normalization);
    }

    /// <summary>Saves a model trained on samples of <paramref name="shape"/>, normalised with <paramref name="normalization"/>.</summary>
    /// <param name="folder">The bundle folder (created; its two files replaced).</param>
    /// <param name="model">The trained model.</param>
    /// <param name="shape">The training samples' shape.</param>
    /// <param name="normalization">The training inputs' normalisation.</param>
    /// <returns>The manifest written.</returns>
    public static ModelManifest Save(string folder, nn.Module<Tensor, Tensor> model, SampleShape shape, InputNormalization normalization)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(normalization);
        if (shape.Input.Length != 3)
        {
            throw new ArgumentException($"A bundle's input shape is (channels, height, width); the samples' shape is {shape}.", nameof(shape));
        }

        var manifest = new ModelManifest(model.GetType().Name, [.. shape.Input], normalization, shape.Kind, OutputShape(model, shape.Input));
        Directory.CreateDirectory(folder);
        string weights = Path.Combine(folder, WeightsFile);
        Checkpoint.Save(model, weights);
        var json = new JsonObject
        {
            ["format"] = Format,
            ["model"] = manifest.Model,
            ["input"] = new JsonObject { ["channels"] = manifest.Channels, ["height"] = manifest.Height, ["width"] = manifest.Width },
            ["normalization"] = new JsonObject { ["kind"] = normalization.Kind.ToString(), ["low"] = normalization.Low, ["high"] = normalization.High },
            ["output"] = new JsonObject { ["kind"] = manifest.Output.ToString(), ["shape"] = new JsonArray([.. manifest.OutputShape.Select(d => (JsonNode)d)]) },
            ["weights"] = new JsonObject { ["file"] = WeightsFile, ["sha256"] = Sha256(weights) },
        };
        string path = Path.Combine(folder, ManifestFile);
        File.WriteAllText(path + ".partial", json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.Move(path + ".partial", path, overwrite: true);
        return manifest;
    }

    /// <summary>Reads a bundle's manifest without loading its weights.</summary>
    /// <param name="folder">The bundle folder.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    /// <exception cref="FileNotFoundException">The folder has no manifest (e.g. it holds only weights).</exception>
    /// <exception cref="InvalidDataException">The manifest is not valid JSON, is of another format, or has a missing or invalid entry (named).</exception>
    public static ModelManifest ReadManifest(string folder) => ReadJson(folder).Manifest;

    /// <summary>Loads a bundle into a model built as the saved one, after checking the model against it.</summary>
    /// <param name="folder">The bundle folder.</param>
    /// <param name="model">A model of the saved architecture and sizes (its weights are replaced).</param>
    /// <returns>The bundle, its model in evaluation mode.</returns>
    /// <exception cref="InvalidDataException">
    /// The manifest is invalid; the weights are not the ones the manifest was written with; the model is of another type,
    /// has other weights, or makes another output shape for the manifest's input shape. The message names the folder and
    /// both sides; the model is unchanged.
    /// </exception>
    public static ModelBundle Load(string folder, nn.Module<Tensor, Tensor> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (manifest, hash) = ReadJson(folder);
        string weights = Path.Combine(folder, WeightsFile);
        if (!File.Exists(weights))
        {
            throw new InvalidDataException($"The model bundle '{folder}' has a manifest but no {WeightsFile}: copy the whole folder.");
        }

        string actual = Sha256(weights);
        if (!string.Equals(actual, hash, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"The model bundle '{folder}': {WeightsFile} has SHA-256 {actual}, but the manifest was written for {hash}: the weights were replaced or damaged after saving; save the bundle again with ModelBundle.Save.");
        }

        string type = model.GetType().Name;
        if (type != manifest.Model)
        {
            throw new InvalidDataException($"The model bundle '{folder}' holds a {manifest.Model}, but the model given is a {type}: build the architecture it was saved from.");
        }

        int[] shape;
        try
        {
            shape = OutputShape(model, [.. manifest.Input]);
        }
        catch (Exception e) when (e is ArgumentException or System.Runtime.InteropServices.ExternalException)
        {
            throw new InvalidDataException(
                $"The model bundle '{folder}': the {type} given does not take the manifest's input ({string.Join(", ", manifest.Input)}): {e.Message} Build the model with the sizes it was saved from.", e);
        }

        if (!shape.SequenceEqual(manifest.OutputShape))
        {
            throw new InvalidDataException(
                $"The model bundle '{folder}': the model makes an output of shape ({string.Join(", ", shape)}) per image for input ({string.Join(", ", manifest.Input)}), but the manifest says ({string.Join(", ", manifest.OutputShape)}): build the model with the sizes it was saved from.");
        }

        Checkpoint.Load(model, weights);
        model.eval();
        return new ModelBundle(folder, model, manifest);
    }

    /// <summary>Checks that the bundle normalises as the caller expects (e.g. as the encoder a pipeline uses now).</summary>
    /// <param name="expected">The expected normalisation.</param>
    /// <exception cref="InvalidOperationException">The bundle was trained with another normalisation (both named).</exception>
    public void RequireNormalization(InputNormalization expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (expected != Manifest.Normalization)
        {
            throw new InvalidOperationException(
                $"The model bundle '{Folder}' was trained on inputs normalised {Manifest.Normalization}, but {expected} is expected now: retrain and save the bundle, or normalise as the bundle says.");
        }
    }

    /// <summary>The model's output shape per image for one input of <paramref name="input"/> (C, H, W), on the model's device, without gradients.</summary>
    private static int[] OutputShape(nn.Module<Tensor, Tensor> model, int[] input)
    {
        bool training = model.training;
        var device = model.parameters().FirstOrDefault()?.device ?? CPU;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            using var scope = NewDisposeScope();
            var output = model.forward(zeros([1, .. input.Select(d => (long)d)], device: device));
            return [.. output.shape.Skip(1).Select(d => (int)d)];
        }
        finally
        {
            model.train(training);
        }
    }

    private static (ModelManifest Manifest, string Hash) ReadJson(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                File.Exists(folder) ? $"'{folder}' is a file; a model bundle is a folder with {ManifestFile} and {WeightsFile} (ModelBundle.Save writes one)." : $"There is no model bundle folder '{folder}'.");
        }

        string path = Path.Combine(folder, ManifestFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The folder '{folder}' has no {ManifestFile}, so it is not a model bundle (ModelBundle.Save writes one).", path);
        }

        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path}: the manifest is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: the manifest is not valid JSON ({e.Message}).", e);
        }

        string format = Text(json, path, "format");
        if (format != Format)
        {
            throw new InvalidDataException($"{path}: the manifest's format is '{format}'; this version reads '{Format}'.");
        }

        var input = Node(json, path, "input");
        int[] shape = [Count(input, path, "input.channels"), Count(input, path, "input.height"), Count(input, path, "input.width")];
        var normal = Node(json, path, "normalization");
        string kindText = Text(normal, path, "normalization.kind");
        if (!Enum.TryParse<NormalizationKind>(kindText, out var kind) || !Enum.IsDefined(kind))
        {
            throw new InvalidDataException($"{path}: normalization.kind is '{kindText}'; the kinds are {string.Join(", ", Enum.GetNames<NormalizationKind>())}.");
        }

        InputNormalization normalization;
        try
        {
            normalization = InputNormalization.Create(kind, Number(normal, path, "normalization.low"), Number(normal, path, "normalization.high"));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{path}: the normalisation is invalid: {e.Message}", e);
        }

        var output = Node(json, path, "output");
        string outputText = Text(output, path, "output.kind");
        if (!Enum.TryParse<LabelKind>(outputText, out var outputKind) || !Enum.IsDefined(outputKind))
        {
            throw new InvalidDataException($"{path}: output.kind is '{outputText}'; the kinds are {string.Join(", ", Enum.GetNames<LabelKind>())}.");
        }

        var outputShape = output["shape"] as JsonArray ?? throw new InvalidDataException($"{path}: the manifest has no output.shape array.");
        int[] dimensions = [.. outputShape.Select((d, i) => d is JsonValue v && v.TryGetValue(out int n) && n >= 1 ? n : throw new InvalidDataException($"{path}: output.shape[{i}] is not a positive whole number."))];
        var weights = Node(json, path, "weights");
        string hash = Text(weights, path, "weights.sha256");
        return (new ModelManifest(Text(json, path, "model"), shape, normalization, outputKind, dimensions), hash);
    }

    private static JsonObject Node(JsonObject json, string path, string name)
        => json[name] as JsonObject ?? throw new InvalidDataException($"{path}: the manifest has no '{name}' object.");

    private static string Text(JsonObject json, string path, string name)
        => json[name.Split('.')[^1]] is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text
            : throw new InvalidDataException($"{path}: the manifest has no text '{name}'.");

    private static int Count(JsonObject json, string path, string name)
        => json[name.Split('.')[^1]] is JsonValue value && value.TryGetValue(out int n) && n >= 1 ? n
            : throw new InvalidDataException($"{path}: '{name}' is missing or not a positive whole number.");

    private static double Number(JsonObject json, string path, string name)
        => json[name.Split('.')[^1]] is JsonValue value && value.TryGetValue(out double x) ? x
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: '{name}' is missing or not a number."));

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
