namespace DeepTrack.Fluent.Datasets.Truth;

/// <summary>One number drawn for one sample: a numeric property (or part of one) of one feature evaluation.</summary>
/// <param name="Feature">The feature's name.</param>
/// <param name="Node">The feature's node number in the pipeline (<see cref="Pipeline{TIn, TOut}.Features"/>).</param>
/// <param name="Replica">The replica, for features inside repeats.</param>
/// <param name="Property">The property, with a part where the value has several: <c>Position.row</c>, <c>Coefficients[2]</c>.</param>
/// <param name="Value">The number (lengths in metres, angles in radians, booleans as 0 or 1).</param>
public readonly record struct TruthValue(string Feature, int Node, ReplicaPath Replica, string Property, double Value);
