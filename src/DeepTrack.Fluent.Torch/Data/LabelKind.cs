namespace DeepTrack.Fluent.Torch;

/// <summary>What a sample's label is, which decides the label tensor's type and shape in a batch.</summary>
public enum LabelKind
{
    /// <summary>A fixed number of real values per sample (regression): batch labels are float32 of shape (N, count).</summary>
    Numbers,

    /// <summary>An image per sample (an image-to-image target or a mask): float32 of shape (N, C, H, W).</summary>
    Image,

    /// <summary>One class index per sample (classification): int64 of shape (N).</summary>
    ClassIndex,

    /// <summary>A class index per pixel (semantic segmentation): int64 of shape (N, H, W).</summary>
    ClassMap,
}
