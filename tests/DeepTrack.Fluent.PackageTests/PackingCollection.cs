namespace DeepTrack.Fluent.PackageTests;

/// <summary>The tests that pack the library run one after another: two packs of one project at once would share its obj/ folder.</summary>
[CollectionDefinition("Packing")]
public sealed class PackingCollection;
