namespace DeepTrack.Fluent;

/// <summary>A <c>first &gt;&gt; second</c> chain, whatever its type arguments (to walk long chains without recursion).</summary>
internal interface IChain
{
    /// <summary>Runs first.</summary>
    Feature FirstFeature { get; }

    /// <summary>Runs on the output of <see cref="FirstFeature"/>.</summary>
    Feature SecondFeature { get; }
}
