namespace DeepTrack.Fluent.Analyzers.Model;

/// <summary>How a property is given its value.</summary>
internal enum SetterKind
{
    /// <summary>An assignment in an object or <c>with</c> initializer.</summary>
    Initializer,

    /// <summary><c>WithP(value)</c>.</summary>
    Value,

    /// <summary><c>WithP(distribution)</c>.</summary>
    Distribution,

    /// <summary><c>WithP(() =&gt; …)</c>.</summary>
    Sampler,

    /// <summary><c>WithP(self =&gt; …)</c>: a function of the same feature's other properties.</summary>
    SelfRule,

    /// <summary><c>WithP(other, o =&gt; …)</c> or <c>WithP(first, second, (a, b) =&gt; …)</c>.</summary>
    OtherRule,
}
