using System;
using System.IO;
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
                DotnetCli.Result pack = DotnetCli.Run(TestPaths.RepositoryRoot, $"pack {project} -c Release -o \"{Feed}\" --artifacts-path \"{Path.Combine(Root, "artifacts")}\" -p:Version={Version} -nologo");
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
                }
            }
        }

        public string Root { get; }

        public string Feed { get; }

        /// <summary>The NuGet global packages folder of the consumer, so the machine's cache is untouched.</summary>
        public string Packages { get; }

        public string Version { get; }

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
