namespace DeepTrack.Fluent;

/// <summary>What the evaluator needs of an image without knowing its pixel type: making it read-only, and its size.</summary>
internal interface IPipelineImage
{
    /// <summary>The pixels' size in bytes.</summary>
    long Bytes { get; }

    /// <summary>Makes the pixels read-only, for this image and every image sharing them.</summary>
    void MakeReadOnly();
}
