using Microsoft.CodeAnalysis;

namespace DeepTrack.Fluent.Analyzers.Diagnostics;

/// <summary>
/// Every diagnostic that DeepTrack.Fluent reports, in one place: stable IDs, categories, severities and a
/// help link to the page in <c>docs/diagnostics</c> that explains each one with a wrong example and the fix.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The folder of the documentation pages, one <c>DTFxxxx.md</c> per diagnostic.</summary>
    public const string HelpLinkBase = "https://github.com/deeptrack-fluent/deeptrack-fluent/blob/main/docs/diagnostics/";

    /// <summary>How a feature type or property is declared.</summary>
    public const string DeclarationCategory = "DeepTrack.Fluent.Declaration";

    /// <summary>How properties are wired in fluent chains and pipelines.</summary>
    public const string WiringCategory = "DeepTrack.Fluent.Wiring";

    /// <summary>Physical ranges and units of property values.</summary>
    public const string PhysicsCategory = "DeepTrack.Fluent.Physics";

    /// <summary>Reproducibility of random draws.</summary>
    public const string ReproducibilityCategory = "DeepTrack.Fluent.Reproducibility";

    /// <summary>DTF0001: a feature type (or a type that contains it) is not partial.</summary>
    public static readonly DiagnosticDescriptor FeatureTypeNotPartial = new DiagnosticDescriptor(
        id: "DTF0001",
        title: "Feature type must be partial",
        messageFormat: "Feature '{0}' is not generated because {1} must be partial",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The feature generator adds the property implementations and With… setters to the feature type and to every type that contains it, so all of them must be partial.",
        helpLinkUri: HelpLinkBase + "DTF0001.md");

    /// <summary>DTF0002: [Feature] on a class or struct that is not a record class.</summary>
    public static readonly DiagnosticDescriptor FeatureTypeNotRecord = new DiagnosticDescriptor(
        id: "DTF0002",
        title: "Feature type must be a record class",
        messageFormat: "Feature '{0}' is a {1}: the generator supports only 'partial record' (record class) features",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Features are immutable descriptions copied with 'with' by every With… setter, so they must be record classes.",
        helpLinkUri: HelpLinkBase + "DTF0002.md");

    /// <summary>DTF0003: [Feature] on a record that does not derive from Feature.</summary>
    public static readonly DiagnosticDescriptor FeatureTypeNotDerivedFromFeature = new DiagnosticDescriptor(
        id: "DTF0003",
        title: "Feature type must derive from Feature",
        messageFormat: "Feature '{0}' does not derive from DeepTrack.Fluent.Feature: derive it from Feature<TIn, TOut> or AppendFeature<T>",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated code overrides members of DeepTrack.Fluent.Feature, so a feature must derive from Feature<TIn, TOut> or AppendFeature<T>.",
        helpLinkUri: HelpLinkBase + "DTF0003.md");

    /// <summary>DTF0004: a settable auto-property of a feature that is not partial.</summary>
    public static readonly DiagnosticDescriptor FeaturePropertyNotPartial = new DiagnosticDescriptor(
        id: "DTF0004",
        title: "Feature property is not partial",
        messageFormat: "Property '{1}' of feature '{0}' is not partial, so it gets no With… setters and is never resampled: declare it 'partial'",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Only partial properties become pipeline properties; a plain auto-property keeps one fixed value.",
        helpLinkUri: HelpLinkBase + "DTF0004.md");

    /// <summary>DTF0005: a partial feature property without both a get and an init (or set) accessor.</summary>
    public static readonly DiagnosticDescriptor FeaturePropertyMissingAccessor = new DiagnosticDescriptor(
        id: "DTF0005",
        title: "Feature property needs get and init accessors",
        messageFormat: "Property '{1}' of feature '{0}' has no {2} accessor: declare it '{{ get; init; }}'",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator implements a feature property with a getter that resolves the value and an init accessor used by the With… setters.",
        helpLinkUri: HelpLinkBase + "DTF0005.md");

    /// <summary>DTF0006: a partial feature property that the generator cannot implement.</summary>
    public static readonly DiagnosticDescriptor UnsupportedFeatureProperty = new DiagnosticDescriptor(
        id: "DTF0006",
        title: "Unsupported feature property",
        messageFormat: "Property '{1}' of feature '{0}' cannot be a feature property: {2}",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A feature property holds a rule that produces its value for every sample, so it must be an instance, non-indexer property whose type can be a generic type argument (no ref structs, pointers or ref returns).",
        helpLinkUri: HelpLinkBase + "DTF0006.md");

    /// <summary>DTF0007: a validation attribute that cannot be checked as written.</summary>
    public static readonly DiagnosticDescriptor InvalidValidationAttribute = new DiagnosticDescriptor(
        id: "DTF0007",
        title: "Invalid validation attribute",
        messageFormat: "[{2}] on property '{1}' of feature '{0}' is invalid: {3}",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Validation attributes declare the physical range of a property; they must apply to a numeric or Length property and name existing properties.",
        helpLinkUri: HelpLinkBase + "DTF0007.md");

    /// <summary>DTF0008: a property rule that reads the property itself, directly or through other rules.</summary>
    public static readonly DiagnosticDescriptor PropertyDependsOnItself = new DiagnosticDescriptor(
        id: "DTF0008",
        title: "Property depends on itself",
        messageFormat: "Property '{1}' of feature '{0}' depends on itself ({2}): resolving it would never end",
        category: WiringCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A rule given with With…(self => …) reads other properties of the same feature; a cycle of such rules cannot be resolved.",
        helpLinkUri: HelpLinkBase + "DTF0008.md");

    /// <summary>DTF0009: a required property never set on a feature that goes into a pipeline.</summary>
    public static readonly DiagnosticDescriptor RequiredPropertyNeverSet = new DiagnosticDescriptor(
        id: "DTF0009",
        title: "Required property never set",
        messageFormat: "Feature '{0}' goes into a pipeline but its required property '{1}' is never given a value: call With{1}(…)",
        category: WiringCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A property declared without a default value must be given one before the pipeline is resolved, otherwise resolution throws MissingPropertyValueException.",
        helpLinkUri: HelpLinkBase + "DTF0009.md");

    /// <summary>DTF0010: the same property set twice in one fluent chain.</summary>
    public static readonly DiagnosticDescriptor PropertySetTwice = new DiagnosticDescriptor(
        id: "DTF0010",
        title: "Property set twice in one chain",
        messageFormat: "Property '{1}' of feature '{0}' is set again later in this chain, so this value ({2}) is never used",
        category: WiringCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Each With… setter replaces the property's rule; an earlier setter of the same property in the same chain has no effect.",
        helpLinkUri: HelpLinkBase + "DTF0010.md",
        customTags: WellKnownDiagnosticTags.Unnecessary);

    /// <summary>DTF0011: a value, sampler, distribution or rule whose result type does not fit the property.</summary>
    public static readonly DiagnosticDescriptor RuleResultDoesNotFit = new DiagnosticDescriptor(
        id: "DTF0011",
        title: "Rule result does not fit the property",
        messageFormat: "The {2} given to With{1} produces '{3}', which does not fit property '{1}' of feature '{0}' (of type '{4}')",
        category: WiringCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every With… overload takes a value, distribution, sampler or rule whose result is the property's type.",
        helpLinkUri: HelpLinkBase + "DTF0011.md");

    /// <summary>DTF0012: a literal outside the range declared by a validation attribute.</summary>
    public static readonly DiagnosticDescriptor ValueOutOfRange = new DiagnosticDescriptor(
        id: "DTF0012",
        title: "Value outside the property's declared range",
        messageFormat: "Value {2} for property '{1}' of feature '{0}' {3}",
        category: PhysicsCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Validation attributes ([Positive], [NonNegative], [InRange], [Probability], [Wavelength], [LessThan]) declare the physical range of a property; resolving an out-of-range value throws.",
        helpLinkUri: HelpLinkBase + "DTF0012.md");

    /// <summary>DTF0013: a literal that looks like it is in another unit than the property expects.</summary>
    public static readonly DiagnosticDescriptor LiteralInWrongUnit = new DiagnosticDescriptor(
        id: "DTF0013",
        title: "Literal looks like the wrong unit",
        messageFormat: "Value {2} for property '{1}' of feature '{0}' looks like {3}, but the property expects {4}: write {5}",
        category: PhysicsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Lengths in metres written as nanometres or micrometres are off by a factor of 10⁶ or 10⁹; the unit helpers (633.Nanometers()) make the unit explicit.",
        helpLinkUri: HelpLinkBase + "DTF0013.md");

    /// <summary>DTF0014: a random draw that does not come from the library's seeded samplers.</summary>
    public static readonly DiagnosticDescriptor UnseededRandom = new DiagnosticDescriptor(
        id: "DTF0014",
        title: "Random draw outside the seeded samplers",
        messageFormat: "{0} in {1} is not seeded by the pipeline, so samples cannot be reproduced: use {2}",
        category: ReproducibilityCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Sample i of a pipeline depends only on (seed, i) when every draw comes from a Distribution or FeatureContext.Random; System.Random breaks that.",
        helpLinkUri: HelpLinkBase + "DTF0014.md");

    /// <summary>DTF0015: a feature type the generator cannot extend (a file-local type).</summary>
    public static readonly DiagnosticDescriptor FeatureTypeNotGenerated = new DiagnosticDescriptor(
        id: "DTF0015",
        title: "Feature type cannot be generated",
        messageFormat: "Feature '{0}' is not generated because {1}",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator adds a part to the feature type in its own file; a file-local type (or a type nested in one) cannot have a part in another file.",
        helpLinkUri: HelpLinkBase + "DTF0015.md");

    /// <summary>DTF0016: a user method has the signature of a generated With… setter.</summary>
    public static readonly DiagnosticDescriptor SetterDeclaredByUser = new DiagnosticDescriptor(
        id: "DTF0016",
        title: "Method takes the place of a generated setter",
        messageFormat: "'{2}' has the signature of the setter the generator writes for property '{1}' of feature '{0}', so that setter is left out: rename the method, or remove it to use the generated one",
        category: DeclarationCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator writes With… setters for every feature property; a method of the same name and parameters declared by hand replaces the generated one, which is rarely intended.",
        helpLinkUri: HelpLinkBase + "DTF0016.md");

    /// <summary>DTF0017: <c>a ^ n &gt;&gt; b</c> or <c>a &amp; b &gt;&gt; c</c>, where <c>&gt;&gt;</c> binds first.</summary>
    public static readonly DiagnosticDescriptor ChainBindsTighter = new DiagnosticDescriptor(
        id: "DTF0017",
        title: "'>>' binds tighter than '^' and '&'",
        messageFormat: "'>>' binds tighter than '{0}' in C#, so this reads as '{1}': write '{2}' to apply '{0}' first, or add the parentheses of the current reading",
        category: WiringCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "C# gives the shift operator '>>' (the pipeline chain) a higher precedence than '^' (repeat) and '&' (combine), the reverse of how pipelines are usually read.",
        helpLinkUri: HelpLinkBase + "DTF0017.md");
}
