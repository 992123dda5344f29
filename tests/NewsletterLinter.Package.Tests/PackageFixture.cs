using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Package.Tests
{
    /// <summary>
    /// Packs NewsletterLinter and NewsletterLinter.Cli once, with a version of their own, into a
    /// temporary folder feed; builds go to a temporary artifacts folder so the repository's own
    /// outputs are not touched.
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public PackageFixture()
        {
            Root = DotnetCli.TemporaryFolder("newsletter-package");
            Feed = Path.Combine(Root, "feed");
            Packages = Path.Combine(Root, "packages");
            Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N").Substring(0, 6);
            Directory.CreateDirectory(Feed);
            foreach (string project in new[] { "src/NewsletterLinter.Package/NewsletterLinter.Package.csproj", "src/NewsletterLinter.Cli/NewsletterLinter.Cli.csproj" })
            {
                Pack($"pack {project} -c Release -o \"{Feed}\" --artifacts-path \"{Path.Combine(Root, "artifacts")}\" -p:Version={Version} -nologo");
            }

            // As a release on this platform does: the tool package of this platform again, compiled
            // ahead of time, in place of the ReadyToRun one.
            string platform = RuntimeInformation.RuntimeIdentifier;
            if (!NativePlatforms.Contains(platform))
            {
                NativeSkipReason = $"the native tool is packed for {string.Join(", ", NativePlatforms)}, not {platform}";
            }
            else if (FindCompiler() is null)
            {
                NativeSkipReason = "no C toolchain (clang, gcc or cc) links the native tool here; .ci/run installs clang";
            }
            else
            {
                Pack($"pack src/NewsletterLinter.Cli/NewsletterLinter.Cli.csproj -c Release -r {platform} -p:NativeTool=true -o \"{Feed}\" --artifacts-path \"{Path.Combine(Root, "artifacts-native")}\" -p:Version={Version} -nologo");
                NativePlatform = platform;
            }
        }

        /// <summary>The platforms a native tool package is made for, on a machine of that platform.</summary>
        public static readonly string[] NativePlatforms = { "linux-x64", "linux-arm64" };

        /// <summary>The platform whose tool package in the feed is native (compiled ahead of time); null when none is (see <see cref="NativeSkipReason"/>).</summary>
        public string? NativePlatform { get; }

        /// <summary>Why no native tool package was made on this machine.</summary>
        public string NativeSkipReason { get; } = string.Empty;

        private static string? FindCompiler()
            => new[] { "clang", "gcc", "cc" }
                .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, name)))
                .FirstOrDefault(File.Exists);

        private static void Pack(string arguments)
        {
            DotnetCli.Result pack = DotnetCli.RunInRepository(arguments);

            // Runs on the repository's projects are serialized across the test processes; a restore
            // that still meets another one (a build outside the tests) can give up without an error
            // of its own (MSB4181). Such a pack is tried again; any other failure is a failure.
            for (int attempt = 1; attempt < 4 && pack.ExitCode != 0 && pack.Output.Contains("Failed to restore", StringComparison.Ordinal); attempt++)
            {
                System.Threading.Thread.Sleep(TimeSpan.FromSeconds(2 * attempt));
                pack = DotnetCli.RunInRepository(arguments);
            }

            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
            }
        }

        public string Root { get; }

        public string Feed { get; }

        /// <summary>The NuGet global packages folder of the consumer, so the machine's cache is untouched.</summary>
        public string Packages { get; }

        public string Version { get; }

        /// <summary>A consumer project with one PackageReference to the packed package and three sample issues.</summary>
        public string CreateConsumer(string name, string? program = null)
        {
            string folder = Path.Combine(Root, name);
            Directory.CreateDirectory(Path.Combine(folder, "issues"));
            File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="newsletter-linter-feed" value="{Feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <NewsletterExternalIssues>1-173</NewsletterExternalIssues>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsletterLinter" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), program ?? """
                using AlignmentNewsletter;

                Summary efficiency = Newsletter.AN099.AIAndEfficiency;
                System.Console.WriteLine($"{efficiency.Title}|{efficiency.Opinions[0].Author}|{Newsletter.All.Count} issues|cites AN #{efficiency.References[0].Number}");
                """);
            File.WriteAllText(Path.Combine(folder, "README.md"), "# A consumer\n\nNot an issue: outside the issues folder.\n");
            foreach (string sample in new[] { "AN-099.md", "AN-174.md", "AN-176.md" })
            {
                File.Copy(TestPaths.Sample(sample), Path.Combine(folder, "issues", sample));
            }

            return folder;
        }

        /// <summary>Runs dotnet in <paramref name="folder"/> with the fixture's packages folder.</summary>
        internal DotnetCli.Result Dotnet(string folder, string arguments)
            => DotnetCli.Run(folder, arguments, environment: ("NUGET_PACKAGES", Packages));

        /// <summary>Runs the installed tool in <paramref name="folder"/>.</summary>
        internal DotnetCli.Result Run(string tool, string folder, string arguments)
            => DotnetCli.Run(folder, arguments, environment: ("NUGET_PACKAGES", Packages), fileName: tool);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A process may still hold a file; the temporary folder is left for the system to clean.
            }
        }
    }
}
