using System;

namespace DeepTrack.Fluent;

/// <summary>Where an exception left the evaluation: the innermost feature being computed or resolved, and its replica.</summary>
/// <param name="Exception">The exception.</param>
/// <param name="Feature">The feature, as declared in the pipeline.</param>
/// <param name="Replica">The replica.</param>
internal sealed record EvaluationFailure(Exception Exception, Feature Feature, ReplicaPath Replica);
