using System.CommandLine;
using System.IO;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary><c>--cache</c> and <c>--cache-location</c>, shared by <c>lint</c> and <c>fix</c>.</summary>
    internal sealed class CacheOptions
    {
        private readonly Option<bool> _cache = new("--cache") { Description = "Reuse the results of an earlier run for files whose content, configuration and tool version are unchanged (the cross-file rules still see every change)." };
        private readonly Option<string?> _location = new("--cache-location") { Description = "The folder of the cache (default .newsletter-lint-cache in the current folder); implies --cache.", HelpName = "folder" };

        public void AddTo(Command command)
        {
            command.Options.Add(_cache);
            command.Options.Add(_location);
        }

        /// <summary>The cache the command line asks for, opened; null without <c>--cache</c> or <c>--cache-location</c>.</summary>
        public LintCache? Open(ParseResult result, CheckSetup setup, TextWriter stderr)
        {
            if (!result.GetValue(_cache) && result.GetValue(_location) is null)
            {
                return null;
            }

            string folder = result.GetValue(_location) ?? Path.Combine(Directory.GetCurrentDirectory(), ".newsletter-lint-cache");
            return LintCache.Open(folder, setup.Options, setup.Configuration.Values, stderr);
        }
    }
}
