package com.frameworkfork.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;

import com.frameworkfork.support.SiteTest;
import com.frameworkfork.web.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every main page says how to show it when shared: Open Graph and Twitter card tags with an image that exists. */
@SiteTest
class SharingTagsTest {

    private static final List<String> PAGES = List.of("/", "/articles", "/compare/django-vs-flask", "/decide", "/search?q=admin",
            "/articles/security-defaults-compared");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private SiteProperties site;

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    private static String meta(Document page, String key) {
        return page.select("meta[property=" + key + "], meta[name=" + key + "]").attr("content");
    }

    @Test
    void everyMainPageHasCardTagsWithAnImageOfTheStatedSize() throws Exception {
        for (String path : PAGES) {
            Document page = page(path);

            assertThat(meta(page, "twitter:card")).as(path).isEqualTo("summary_large_image");
            assertThat(meta(page, "og:title")).as(path).isNotBlank().isEqualTo(meta(page, "twitter:title"));
            assertThat(meta(page, "og:description")).as(path).isNotBlank();
            assertThat(meta(page, "og:image:alt")).as(path).isNotBlank();
            String image = meta(page, "og:image");
            assertThat(image).as(path).startsWith(site.baseUrl() + "/").isEqualTo(meta(page, "twitter:image"));

            MockHttpServletResponse response = mvc.perform(get(image.substring(site.baseUrl().length()))).andReturn().getResponse();
            assertThat(response.getStatus()).as(image).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo(meta(page, "og:image:type")).isEqualTo("image/png");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
            assertThat(decoded.getWidth()).isEqualTo(Integer.parseInt(meta(page, "og:image:width")));
            assertThat(decoded.getHeight()).isEqualTo(Integer.parseInt(meta(page, "og:image:height")));
        }
    }
}
