using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Package.Tests
{
    /// <summary>
    /// The package as a consumer uses it: one PackageReference, restored from a local folder feed, a
    /// build that reports the issues' diagnostics and uses the generated types, and a program that runs.
    /// The only test that proves Markdig loads next to the analyzers from the package.
    /// </summary>
    [Trait("Category", "Slow")]
    public class PackageEndToEndTests : IClassFixture<PackageFixture>
    {
        private readonly PackageFixture _fixture;

        public PackageEndToEndTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void The_package_has_the_expected_layout()
        {
            string package = Path.Combine(_fixture.Feed, $"NewsletterLinter.{_fixture.Version}.nupkg");
            using ZipArchive zip = ZipFile.OpenRead(package);
            string[] entries = zip.Entries.Select(e => e.FullName).ToArray();

            Assert.Contains("analyzers/dotnet/cs/NewsletterLinter.CodeAnalysis.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/NewsletterLinter.CodeFixes.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/NewsletterLinter.Parsing.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Markdig.dll", entries);
            Assert.Contains("lib/netstandard2.0/AlignmentNewsletter.Runtime.dll", entries);
            Assert.Contains("build/NewsletterLinter.props", entries);
            Assert.Contains("build/NewsletterLinter.targets", entries);
            Assert.Contains("buildTransitive/NewsletterLinter.props", entries);
            Assert.Contains("buildTransitive/NewsletterLinter.targets", entries);
            Assert.Contains("README.md", entries);

            // The portable assemblies carry only IL; each platform of the tool has the analyzer
            // assemblies again with ReadyToRun code, and nothing else.
            foreach (string assembly in AnalyzerImages)
            {
                Assert.False(HasReadyToRunCode(zip.GetEntry("analyzers/dotnet/cs/" + assembly)!), $"analyzers/dotnet/cs/{assembly} should be portable");
                foreach (string platform in ToolPlatforms)
                {
                    ZipArchiveEntry? image = zip.GetEntry($"readytorun/{platform}/{assembly}");
                    Assert.True(image is not null && HasReadyToRunCode(image), $"readytorun/{platform}/{assembly} with ReadyToRun code expected");
                }
            }

            Assert.Equal(
                ToolPlatforms.SelectMany(platform => AnalyzerImages.Select(assembly => $"readytorun/{platform}/{assembly}")).OrderBy(e => e, StringComparer.Ordinal),
                entries.Where(e => e.StartsWith("readytorun/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));
            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            string metadata = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
            Assert.Contains("<readme>README.md</readme>", metadata);
            Assert.Contains("<releaseNotes>", metadata);
            Assert.Contains("<repository type=\"git\"", metadata);
            Assert.DoesNotContain("<dependency", metadata);
        }

        [Fact]
        public void A_consumer_builds_with_one_package_reference_reports_diagnostics_and_runs()
        {
            string consumer = _fixture.CreateConsumer("consumer");

            DotnetCli.Result build = _fixture.Dotnet(consumer, "build -nologo");

            Assert.True(build.ExitCode == 0, build.Output);
            string output = build.Output.Replace('\\', '/');
            Assert.Contains("issues/AN-176.md(7,244): warning AN1001: Reference to AN #999", output);
            Assert.Contains("issues/AN-176.md(9,359): warning AN1003: Reference 'AN#137' is malformed; expected 'AN #137'", output);
            Assert.Contains("issues/AN-176.md(51,1): warning AN3001: Header 'NEWS' is a bold paragraph", output);
            Assert.Contains("issues/AN-176.md(7,4): warning AN2001:", output);
            Assert.DoesNotContain("README.md", output);
            Assert.DoesNotContain("CS8784", output);
            Assert.DoesNotContain("AD0001", output);
            Assert.DoesNotContain("NLG001", output);
            string[] ids = Regex.Matches(output, @"AN-176\.md\(\d+,\d+\): (?:warning|info) (AN\d{4})").Select(m => m.Groups[1].Value).Distinct().ToArray();
            Assert.Equal(16, ids.Length);

            DotnetCli.Result run = _fixture.Dotnet(consumer, "run --no-build");

            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("AI and Efficiency|Flo|3 issues|cites AN #7", run.Output);
        }

        [Fact]
        public void A_globalconfig_severity_fails_the_build()
        {
            string consumer = _fixture.CreateConsumer("strict");
            File.WriteAllText(Path.Combine(consumer, ".globalconfig"), "is_global = true\ndotnet_diagnostic.AN1001.severity = error\n");

            DotnetCli.Result build = _fixture.Dotnet(consumer, "build -nologo");

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("issues/AN-176.md(7,244): error AN1001: Reference to AN #999", build.Output.Replace('\\', '/'));
        }

        [Fact]
        public void The_package_can_be_switched_off()
        {
            string consumer = _fixture.CreateConsumer("off", program: "System.Console.WriteLine(\"off\");\n");

            DotnetCli.Result build = _fixture.Dotnet(consumer, "build -nologo -p:EnableNewsletterLinter=false");

            Assert.True(build.ExitCode == 0, build.Output);
            Assert.DoesNotContain("AN1001", build.Output);
        }

        /// <summary>
        /// The platforms with a tool package of their own (every other one gets the portable package)
        /// and with ReadyToRun analyzer images in the NewsletterLinter package.
        /// </summary>
        private static readonly string[] ToolPlatforms = { "linux-x64", "linux-arm64", "osx-arm64", "win-x64" };

        /// <summary>The assemblies the compiler runs for the generator and the analyzers.</summary>
        private static readonly string[] AnalyzerImages = { "NewsletterLinter.CodeAnalysis.dll", "NewsletterLinter.Parsing.dll", "Markdig.dll" };

        [Fact]
        public void A_command_line_build_runs_the_analyzer_images_of_its_platform_and_finds_the_same()
        {
            string consumer = _fixture.CreateConsumer("images");
            string platform = RuntimeInformation.RuntimeIdentifier;

            // Normal verbosity prints the compiler's command line, with the analyzer assemblies it loads.
            DotnetCli.Result images = _fixture.Dotnet(consumer, "build -nologo -v:n");
            DotnetCli.Result portable = _fixture.Dotnet(consumer, "build -nologo -v:n --no-incremental -p:NewsletterReadyToRunAnalyzers=false");

            Assert.True(images.ExitCode == 0, images.Output);
            Assert.True(portable.ExitCode == 0, portable.Output);
            string withImages = images.Output.Replace('\\', '/');
            string withPortable = portable.Output.Replace('\\', '/');
            foreach (string assembly in AnalyzerImages)
            {
                string image = $"/newsletterlinter/{_fixture.Version}/readytorun/{platform}/{assembly}";
                string portableAssembly = $"/newsletterlinter/{_fixture.Version}/analyzers/dotnet/cs/{assembly}";
                if (ToolPlatforms.Contains(platform))
                {
                    Assert.Contains(image, withImages);
                    Assert.DoesNotContain(portableAssembly, withImages);
                }
                else
                {
                    Assert.Contains(portableAssembly, withImages);
                }

                Assert.Contains(portableAssembly, withPortable);
                Assert.DoesNotContain($"/newsletterlinter/{_fixture.Version}/readytorun/", withPortable);
            }

            Assert.Equal(Findings(withPortable), Findings(withImages));
            Assert.Contains("issues/AN-176.md(7,244): warning AN1001: Reference to AN #999", withImages);
            Assert.DoesNotContain("AD0001", withImages);
            Assert.DoesNotContain("CS8784", withImages);

            static string[] Findings(string output)
                => Regex.Matches(output, @"issues/AN-\d+\.md\(\d+,\d+\): (?:warning|error|info) AN\d{4}: [^\n\[]*").Select(m => m.Value.Trim()).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();
        }

        [Fact]
        public void The_tool_comes_as_a_package_per_platform_with_ready_to_run_code_and_a_portable_one()
        {
            // The package users name points to one package per platform and to the portable one.
            using (ZipArchive pointer = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"NewsletterLinter.Cli.{_fixture.Version}.nupkg")))
            {
                ZipArchiveEntry settings = pointer.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
                using Stream stream = settings.Open();
                XDocument document = XDocument.Load(stream);
                string[] platforms = document.Descendants("RuntimeIdentifierPackage").Select(p => (string)p.Attribute("RuntimeIdentifier")!).ToArray();
                Assert.Equal(ToolPlatforms.Append("any").OrderBy(p => p, StringComparer.Ordinal), platforms.OrderBy(p => p, StringComparer.Ordinal));
                Assert.All(document.Descendants("RuntimeIdentifierPackage"), p => Assert.Equal("NewsletterLinter.Cli." + (string)p.Attribute("RuntimeIdentifier")!, (string)p.Attribute("Id")!));
                Assert.DoesNotContain(pointer.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
            }

            foreach (string platform in ToolPlatforms.Append("any"))
            {
                using ZipArchive package = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"NewsletterLinter.Cli.{platform}.{_fixture.Version}.nupkg"));
                if (platform == _fixture.NativePlatform)
                {
                    // One native executable with the runtime in it: no managed assembly, no dotnet host.
                    using (Stream stream = package.GetEntry($"tools/any/{platform}/DotnetToolSettings.xml")!.Open())
                    {
                        XElement command = XDocument.Load(stream).Descendants("Command").Single();
                        Assert.Equal("newsletter-lint", (string)command.Attribute("EntryPoint")!);
                        Assert.Equal("executable", (string)command.Attribute("Runner")!);
                    }

                    Assert.NotNull(package.GetEntry($"tools/any/{platform}/newsletter-lint"));
                    Assert.DoesNotContain(package.Entries, e => e.Name.EndsWith(".dll", StringComparison.Ordinal) || e.Name.EndsWith(".dbg", StringComparison.Ordinal));
                    continue;
                }

                string folder = $"tools/net10.0/{platform}/";
                using (Stream stream = package.GetEntry(folder + "DotnetToolSettings.xml")!.Open())
                {
                    XElement command = XDocument.Load(stream).Descendants("Command").Single();
                    Assert.Equal("newsletter-lint.dll", (string)command.Attribute("EntryPoint")!);
                    Assert.Equal("dotnet", (string)command.Attribute("Runner")!);
                }

                // Framework-dependent: no runtime in the package, only the tool and its dependencies.
                Assert.DoesNotContain(package.Entries, e => e.Name is "System.Private.CoreLib.dll" or "libcoreclr.so" or "coreclr.dll");
                foreach (string assembly in new[] { "newsletter-lint.dll", "NewsletterLinter.Parsing.dll", "Markdig.dll" })
                {
                    Assert.True(platform != "any" == HasReadyToRunCode(package.GetEntry(folder + assembly)!), $"{platform}/{assembly}: ReadyToRun code expected only in the platform packages");
                }
            }
        }

        [Fact]
        public void The_portable_tool_package_runs_anywhere_dotnet_does()
        {
            string folder = Path.Combine(_fixture.Root, "portable-" + Guid.NewGuid().ToString("N").Substring(0, 6));
            ZipFile.ExtractToDirectory(Path.Combine(_fixture.Feed, $"NewsletterLinter.Cli.any.{_fixture.Version}.nupkg"), folder);

            DotnetCli.Result lint = _fixture.Dotnet(folder, $"\"{Path.Combine(folder, "tools", "net10.0", "any", "newsletter-lint.dll")}\" lint \"{TestPaths.Sample("AN-176.md")}\" --format msbuild");

            Assert.True(lint.ExitCode == 0, lint.Output);
            Assert.Contains("AN-176.md(7,244): warning AN1001: Reference to AN #999", lint.Output.Replace('\\', '/'));
        }

        private static bool HasReadyToRunCode(ZipArchiveEntry assembly)
        {
            using var copy = new MemoryStream();
            using (Stream stream = assembly.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            using var reader = new PEReader(copy);
            return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
        }

        [Fact]
        public void The_tool_installs_from_the_feed_and_matches_the_build()
        {
            string consumer = _fixture.CreateConsumer("tool");
            string tools = Path.Combine(_fixture.Root, "tools-" + Guid.NewGuid().ToString("N").Substring(0, 6));

            DotnetCli.Result install = _fixture.Dotnet(consumer, $"tool install NewsletterLinter.Cli --tool-path \"{tools}\" --version {_fixture.Version}");
            Assert.True(install.ExitCode == 0, install.Output);
            string tool = Path.Combine(tools, "newsletter-lint");

            // The package of this machine's platform (native or with its ReadyToRun code), or the portable one.
            string expected = ToolPlatforms.Contains(RuntimeInformation.RuntimeIdentifier) ? RuntimeInformation.RuntimeIdentifier : "any";
            string installed = Path.Combine(tools, ".store", "newsletterlinter.cli", _fixture.Version, "newsletterlinter.cli." + expected);
            Assert.True(Directory.Exists(installed), $"{installed} is missing: {install.Output}");

            DotnetCli.Result build = _fixture.Dotnet(consumer, "build -nologo");
            string[] buildLines = Regex.Matches(build.Output.Replace('\\', '/'), @"issues/AN-\d+\.md\(\d+,\d+\): (?:warning|error|info) AN\d{4}: [^\n\[]*?(?= \(https)")
                .Select(m => m.Value.Trim())
                .Distinct()
                .OrderBy(l => l, StringComparer.Ordinal)
                .ToArray();

            DotnetCli.Result lint = _fixture.Run(tool, consumer, "lint issues --external 1-173 --format msbuild");
            string[] allLintLines = lint.Output.Replace('\\', '/').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();

            // dotnet build does not print suggestions (info) at its default verbosity; the tool does.
            string[] lintLines = allLintLines.Where(l => !l.Contains(": info AN", StringComparison.Ordinal)).OrderBy(l => l, StringComparer.Ordinal).ToArray();

            Assert.Equal(0, lint.ExitCode);
            Assert.NotEmpty(lintLines);
            Assert.Equal(buildLines, lintLines);

            foreach (string format in new[] { "text", "github", "json" })
            {
                Assert.Equal(0, _fixture.Run(tool, consumer, $"lint issues --external 1-173 --format {format}").ExitCode);
            }

            DotnetCli.Result sarif = _fixture.Run(tool, consumer, "lint issues --external 1-173 --format sarif");
            using JsonDocument document = JsonDocument.Parse(sarif.Output);
            Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
            Assert.Equal(allLintLines.Length, document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());

            if (Environment.GetEnvironmentVariable("NEWSLETTER_CORPUS") is { Length: > 0 } corpus && Directory.Exists(corpus))
            {
                foreach (string format in new[] { "text", "msbuild", "sarif", "github", "json" })
                {
                    Assert.Equal(0, _fixture.Run(tool, consumer, $"lint \"{corpus}\" --external 1-173 --format {format}").ExitCode);
                }
            }
        }
    

        [SkippableFact]
        public void The_native_tool_finds_and_exports_what_the_portable_tool_does_and_serves_an_editor()
        {
            Skip.If(_fixture.NativePlatform is null, _fixture.NativeSkipReason);
            string consumer = _fixture.CreateConsumer("native");
            string tools = Path.Combine(_fixture.Root, "tools-" + Guid.NewGuid().ToString("N").Substring(0, 6));
            DotnetCli.Result install = _fixture.Dotnet(consumer, $"tool install NewsletterLinter.Cli --tool-path \"{tools}\" --version {_fixture.Version}");
            Assert.True(install.ExitCode == 0, install.Output);
            string native = Path.Combine(tools, "newsletter-lint");
            Assert.True(File.Exists(Path.Combine(tools, ".store", "newsletterlinter.cli", _fixture.Version, "newsletterlinter.cli." + _fixture.NativePlatform, _fixture.Version, "tools", "any", _fixture.NativePlatform, "newsletter-lint")), install.Output);

            string portable = Path.Combine(_fixture.Root, "portable-" + Guid.NewGuid().ToString("N").Substring(0, 6));
            ZipFile.ExtractToDirectory(Path.Combine(_fixture.Feed, $"NewsletterLinter.Cli.any.{_fixture.Version}.nupkg"), portable);
            string dll = Path.Combine(portable, "tools", "net10.0", "any", "newsletter-lint.dll");

            // The same bytes out of both builds: every format, the export, and the real archive when it is here.
            var folders = new System.Collections.Generic.List<string> { TestPaths.SampleIssues };
            if (Environment.GetEnvironmentVariable("NEWSLETTER_CORPUS") is { Length: > 0 } corpus && Directory.Exists(corpus))
            {
                folders.Add(corpus);
            }

            foreach (string folder in folders)
            {
                foreach (string format in new[] { "msbuild", "text", "sarif", "json" })
                {
                    string arguments = $"lint \"{folder}\" --format {format}";
                    DotnetCli.Result expected = _fixture.Dotnet(consumer, $"\"{dll}\" {arguments}");
                    DotnetCli.Result actual = _fixture.Run(native, consumer, arguments);
                    Assert.Equal(expected.ExitCode, actual.ExitCode);
                    Assert.Equal(expected.Output, actual.Output);
                }

                string fromPortable = Path.Combine(portable, "portable.json"), fromNative = Path.Combine(portable, "native.json");
                Assert.Equal(0, _fixture.Dotnet(consumer, $"\"{dll}\" export \"{folder}\" --output \"{fromPortable}\"").ExitCode);
                Assert.Equal(0, _fixture.Run(native, consumer, $"export \"{folder}\" --output \"{fromNative}\"").ExitCode);
                Assert.Equal(File.ReadAllText(fromPortable), File.ReadAllText(fromNative));
            }

            // fix and baseline write the same files; help and a bad argument read the same.
            string fixedByPortable = Path.Combine(portable, "fixed-portable"), fixedByNative = Path.Combine(portable, "fixed-native");
            foreach (string copy in new[] { fixedByPortable, fixedByNative })
            {
                Directory.CreateDirectory(copy);
                foreach (string issue in Directory.GetFiles(TestPaths.SampleIssues, "*.md"))
                {
                    File.Copy(issue, Path.Combine(copy, Path.GetFileName(issue)));
                }
            }

            foreach (string command in new[] { "fix", "baseline" })
            {
                DotnetCli.Result expected = _fixture.Dotnet(fixedByPortable, $"\"{dll}\" {command} .");
                DotnetCli.Result actual = _fixture.Run(native, fixedByNative, $"{command} .");
                Assert.Equal(expected.ExitCode, actual.ExitCode);
                Assert.Equal(expected.Output.Replace(fixedByPortable, "ISSUES", StringComparison.Ordinal), actual.Output.Replace(fixedByNative, "ISSUES", StringComparison.Ordinal));
            }

            foreach (string file in Directory.GetFiles(fixedByPortable))
            {
                Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(fixedByNative, Path.GetFileName(file))));
            }

            Assert.Equal(Directory.GetFiles(fixedByPortable).Length, Directory.GetFiles(fixedByNative).Length);
            foreach (string arguments in new[] { "--help", "lint --help", "lint . --format bogus", "lint /no/such/folder" })
            {
                DotnetCli.Result expected = _fixture.Dotnet(consumer, $"\"{dll}\" {arguments}");
                DotnetCli.Result actual = _fixture.Run(native, consumer, arguments);
                Assert.Equal(expected.ExitCode, actual.ExitCode);
                Assert.Equal(expected.Output, actual.Output);
            }

            // The language server of the native build: findings, a quick fix, a clean exit.
            using var client = new LspClient(server: native);
            client.Initialize(TestPaths.SampleIssues);
            string path = TestPaths.Sample("AN-176.md");
            client.Open(LspClient.Uri(path), File.ReadAllText(path));
            System.Text.Json.Nodes.JsonArray diagnostics = client.Diagnostics(LspClient.Uri(path));
            DotnetCli.Result lint = _fixture.Run(native, consumer, $"lint \"{TestPaths.SampleIssues}\" --format msbuild");
            Assert.Equal(lint.Output.Split('\n').Count(l => l.Contains("AN-176.md(", StringComparison.Ordinal)), diagnostics.Count);
            System.Text.Json.Nodes.JsonNode first = diagnostics[0]!;
            System.Text.Json.Nodes.JsonNode actions = client.Call("textDocument/codeAction", new { textDocument = new { uri = LspClient.Uri(path) }, range = first["range"], context = new { diagnostics = new[] { first } } })["result"]!;
            Assert.Contains(actions.AsArray(), a => a!["kind"]!.GetValue<string>() == "source.fixAll");
            Assert.Null(client.Call("shutdown", null)["result"]);
            client.Notify("exit", null);
            Assert.True(client.Process.WaitForExit(10000));
            Assert.Equal(0, client.Process.ExitCode);
        }
    }
}
