using System;
using System.IO;
using NewsletterLinter.Tests;

namespace NewsletterSite.Tests
{
    /// <summary>
    /// The site sample compiled against the issues of one folder and run: its generated types are
    /// those issues. Built beside the solution's build of it (its own intermediate folder, the
    /// references already built), so that other test processes are not disturbed.
    /// </summary>
    internal static class SiteBuild
    {
        /// <summary>Builds the site of <paramref name="issues"/> into a new folder and returns that folder.</summary>
        public static string Of(string issues)
        {
            string work = DotnetCli.TemporaryFolder("newsletter-site");
            string project = Path.Combine(TestPaths.RepositoryRoot, "samples", "NewsletterSite", "NewsletterSite.csproj");
            string bin = Path.Combine(work, "bin");
            DotnetCli.Result build = DotnetCli.RunInRepository(
                $"build \"{project}\" --no-restore -nologo -v:q -p:BuildProjectReferences=false \"-p:NewsletterIssuesFolder={issues}\" \"-p:NewsletterSiteBuildFolder={work}\"");
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException("The site did not build:\n" + build.Output);
            }

            string site = Path.Combine(work, "site");
            DotnetCli.Result run = DotnetCli.Run(work, $"\"{Path.Combine(bin, "NewsletterSite.dll")}\" \"{site}\"");
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException("The site did not run:\n" + run.Output);
            }

            return site;
        }
    }
}
