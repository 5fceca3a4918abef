namespace DeepTrack.Fluent;

/// <summary>Marks features that evaluate their child once per frame (the frame index is one replica level).</summary>
internal interface ISequence : IReplicating
{
    /// <summary>The number of frames (on a resolved copy).</summary>
    int FrameCount { get; }
}
