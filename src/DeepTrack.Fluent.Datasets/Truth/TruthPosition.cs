namespace DeepTrack.Fluent.Datasets.Truth;

/// <summary>A position property of one feature evaluation, in the output image's pixel frame.</summary>
/// <param name="Feature">The feature's name.</param>
/// <param name="Node">The feature's node number in the pipeline.</param>
/// <param name="Replica">The replica.</param>
/// <param name="Property">The property's name.</param>
/// <param name="Position">The position, mapped through every pixel-moving feature applied after the draw.</param>
public readonly record struct TruthPosition(string Feature, int Node, ReplicaPath Replica, string Property, PixelPosition Position);
