namespace DeepTrack.Fluent.PackageTests;

/// <summary>Packs DeepTrack.Fluent once into a local folder feed shared by the consumer tests, and creates consumer projects that reference only that package.</summary>
public sealed class PackedPackage : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("dtf-package-").FullName;

    public PackedPackage()
    {
        Version = $"0.0.0-check.{DateTime.UtcNow:yyyyMMddHHmmss}";
        Feed = Directory.CreateDirectory(Path.Combine(work, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(work, "packages")).FullName;
        PackResult = DotnetCli.Run(DeepTrack.Fluent.Testing.RepositoryPaths.Root, null, "pack", Path.Combine("src", "DeepTrack.Fluent", "DeepTrack.Fluent.csproj"),
            "-c", "Release", "-o", Feed, $"-p:PackageVersion={Version}");
    }

    public string Version { get; }

    public string Feed { get; }

    /// <summary>The NuGet package cache of the consumers (kept apart from the machine's).</summary>
    public string Packages { get; }

    public (int ExitCode, string Output) PackResult { get; }

    public string PackageFile => Path.Combine(Feed, $"DeepTrack.Fluent.{Version}.nupkg");

    /// <summary>Creates a consumer project folder with a nuget.config that sees only the local feed.</summary>
    public string CreateConsumer(string name, string program, bool treatWarningsAsErrors) => CreateConsumer(name, program, treatWarningsAsErrors, "");

    /// <summary>Creates a consumer project folder with extra MSBuild properties (e.g. <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c>).</summary>
    public string CreateConsumer(string name, string program, bool treatWarningsAsErrors, string properties)
    {
        string consumer = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <WarningsAsErrors>CS9057</WarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DeepTrack.Fluent" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), program);
        return consumer;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
