namespace DeepTrack.Fluent.Torch;

/// <summary>The optimisation algorithm of a <see cref="Trainer"/>.</summary>
public enum OptimizerKind
{
    /// <summary>Adam (β 0.9, 0.999).</summary>
    Adam,

    /// <summary>Adam with decoupled weight decay.</summary>
    AdamW,

    /// <summary>Stochastic gradient descent, with optional momentum.</summary>
    Sgd,

    /// <summary>RMSprop (α 0.99), with optional momentum.</summary>
    RmsProp,
}
