namespace DeepTrack.Fluent.Torch;

/// <summary>How a loss's prediction must be shaped relative to its labels.</summary>
internal enum LossShape
{
    /// <summary>Any shapes (a loss of the user's own; nothing is checked).</summary>
    Any,

    /// <summary>The prediction has the labels' shape (regression, masks, binary logits).</summary>
    Same,

    /// <summary>Class logits (N, C, …) for class indices (N, …).</summary>
    ClassLogits,
}
