using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// What a <see cref="ModelBundle"/> says about its model: the architecture's type, the input it was trained on, how that
/// input was normalised, and what its output is.
/// </summary>
/// <param name="Model">The model's type name (e.g. <c>UNet</c>).</param>
/// <param name="Input">The per-image input shape in training: channels, height, width.</param>
/// <param name="Normalization">How pixels became input values in training.</param>
/// <param name="Output">What the training labels were, and so what the output means.</param>
/// <param name="OutputShape">The model's output per image for an input of <paramref name="Input"/> (e.g. (2) for a position, (1, H, W) for a map).</param>
public sealed record ModelManifest(string Model, IReadOnlyList<int> Input, InputNormalization Normalization, LabelKind Output, IReadOnlyList<int> OutputShape)
{
    /// <summary>Input channels.</summary>
    public int Channels => Input[0];

    /// <summary>Input rows.</summary>
    public int Height => Input[1];

    /// <summary>Input columns.</summary>
    public int Width => Input[2];

    /// <summary>Whether the output is image-shaped (an image label or a class map), which a fully convolutional model also makes for other image sizes.</summary>
    public bool ImageOutput => Output is LabelKind.Image or LabelKind.ClassMap;

    /// <inheritdoc/>
    public override string ToString()
        => $"{Model}: input ({string.Join(", ", Input)}) normalised {Normalization}, {Output} output ({string.Join(", ", OutputShape)})";

    /// <summary>Whether two manifests describe the same model contract (arrays compared by value).</summary>
    /// <param name="other">The other manifest.</param>
    /// <returns>Whether they agree.</returns>
    public bool Equals(ModelManifest? other)
        => other is not null && Model == other.Model && Normalization == other.Normalization && Output == other.Output
            && Input.SequenceEqual(other.Input) && OutputShape.SequenceEqual(other.OutputShape);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Model, Normalization, Output, Input.Count, OutputShape.Count);
}
