using System.Collections.Generic;
using DeepTrack.Fluent.Datasets.Truth;

namespace DeepTrack.Fluent.Cli;

/// <summary>What <c>preview</c> draws of one sample.</summary>
/// <param name="Index">The sample index.</param>
/// <param name="Field">The name of the image shown.</param>
/// <param name="Image">The image, as real numbers.</param>
/// <param name="Positions">The positions of its ground truth, in its pixel frame.</param>
/// <param name="Truth">The sample's ground truth as JSON.</param>
internal sealed record PreviewSample(long Index, string Field, Image<double> Image, IReadOnlyList<TruthPosition> Positions, byte[] Truth);
