using System;
using System.IO;
using System.Linq;
using NewsletterLinter.Tests;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace NewsletterSite.Tests
{
    /// <summary>An issue written to attack the site: its text must stay text in every page.</summary>
    [Trait("Category", "Slow")]
    public sealed class HostileSiteTests
    {
        private const string Attack = "window.pwned=1";

        private static readonly string Issue = string.Join("\n\n", new[]
        {
            "# [AN #1]: <script>" + Attack + "</script> Issue",
            "# HIGHLIGHTS",
            "**[<img src=x onerror=\"" + Attack + "\">Title](javascript:" + Attack + ")** *(<b onmouseover=\"" + Attack + "\">Eve</b>)* (summarized by <script>" + Attack + "</script>Mallory): "
                + "A body with <script>" + Attack + "</script>, <iframe src=\"javascript:" + Attack + "\"></iframe>, [a link](javascript:" + Attack + "), "
                + "[another](JaVa\tScRiPt:" + Attack + "), ![image](javascript:" + Attack + "), <javascript:" + Attack + ">, [data](data:text/html;base64,PHNjcmlwdD4=) "
                + "and \"quotes\" ' and </textarea></title></style> and `<script>" + Attack + "</script>` in code.",
            "**Rohin's opinion:** <svg onload=\"" + Attack + "\"></svg> [x](vbscript:" + Attack + ") </script><script>" + Attack + "</script>",
            "**Read more:** [more](javascript:" + Attack + ")",
            "# NEWS",
            "**[Second](https://example.org/\"onmouseover=\"" + Attack + ")** (summarized by Rohin): As [<script>x</script>](https://example.org/a) (AN #1) says.",
        }) + "\n";

        [SkippableFact]
        public void A_hostile_issue_puts_no_live_markup_or_script_into_the_site()
        {
            using ChromeDriver browser = Chromium.Start();
            string issues = DotnetCli.TemporaryFolder("hostile-issues");
            File.WriteAllText(Path.Combine(issues, "AN-001.md"), Issue);
            string site = SiteBuild.Of(issues);

            // In the files: no script but the site's own, no handler attribute, no javascript: link.
            foreach (string page in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
            {
                string html = File.ReadAllText(page);
                Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch("<[^>]+\\son[a-z]+\\s*=", html);
                Assert.DoesNotMatch("(href|src)=\"\\s*(javascript|vbscript|data):", html);
                Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            }

            string index = File.ReadAllText(Path.Combine(site, "search", "index.js"));
            Assert.DoesNotContain("<", index, StringComparison.Ordinal);

            // In the browser: every page and the search ran, and nothing of the issue ran with them.
            using var server = new StaticServer(site);
            foreach (string address in new[] { "index.html", "issues/1/index.html", "search/index.html?q=body" })
            {
                browser.Navigate().GoToUrl(server.Address + address);
                foreach (IWebElement element in browser.FindElements(By.CssSelector("a, b, svg, img")))
                {
                    new OpenQA.Selenium.Interactions.Actions(browser).MoveToElement(element).Perform();
                }

                Assert.Null(browser.ExecuteScript("return window.pwned === undefined ? null : window.pwned;"));
                Assert.Equal(0L, browser.ExecuteScript("return document.querySelectorAll('iframe, img, object, embed').length;"));
                var scripts = browser.FindElements(By.TagName("script")).Select(s => s.GetAttribute("src") ?? "inline").ToList();
                Assert.All(scripts, src => Assert.Matches("/(search|index)\\.js$", src));
                Assert.Equal(0L, browser.ExecuteScript(
                    "return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on') || /^\\s*(javascript|vbscript|data):/i.test(a.value))).length;"));
            }

            // The search ran on the hostile index and showed its words as text.
            Assert.Contains("<script>", browser.FindElement(By.Id("results")).Text, StringComparison.Ordinal);
            Assert.Contains("<script>", File.ReadAllText(Path.Combine(site, "issues", "1", "index.html")).Replace("&lt;script&gt;", "<script>"), StringComparison.Ordinal);
        }
    }
}
