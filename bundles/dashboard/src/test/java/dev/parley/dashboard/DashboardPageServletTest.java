package dev.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The page is served from the bundle alone: every asset is there and none names another host. */
class DashboardPageServletTest {

    /** The SVG namespace is a name, not something a browser fetches. */
    private static final Pattern URL = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}[^\\s\"')]*");
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    @Test
    void everyAssetIsInTheBundleAndNamesNoOtherHost() throws IOException {
        for (DashboardPageServlet.Asset asset : DashboardPageServlet.ASSETS.values()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("dashboard/" + asset.resource())) {
                assertThat(in).as(asset.resource()).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher urls = URL.matcher(text);
                while (urls.find()) {
                    assertThat(urls.group()).as("external URL in " + asset.resource()).isEqualTo(SVG_NAMESPACE);
                }
                assertThat(text).as(asset.resource() + " has no inline event handler or script")
                        .doesNotContainPattern("(?i)\\son[a-z]+=\"").doesNotContain("javascript:");
            }
        }
    }

    @Test
    void thePageLoadsItsScriptsAndStylesFromItsOwnFolder() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dashboard/index.html")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(page).contains("<script src=\"charts.js\" defer></script>", "<script src=\"dashboard.js\" defer>",
                    "<link rel=\"stylesheet\" href=\"dashboard.css\">").doesNotContain("<style", "<script>");
            assertThat(page).contains("id=\"panel-forecast\"");
        }
    }
}
