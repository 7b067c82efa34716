package com.frameworkfork.web.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

import com.frameworkfork.web.SiteProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShareImagesTest {

    private final ShareImages images = new ShareImages(new SiteProperties("Framework Fork", "http://localhost:8080", List.of("localhost"), List.of()));

    private static BufferedImage decoded(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Distinct colours in a horizontal band, a cheap sign that something was drawn there. */
    private static int coloursIn(BufferedImage image, int top, int bottom) {
        Set<Integer> colours = new HashSet<>();
        for (int y = top; y < bottom; y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void theSiteImageIsAPngOfTheSizeCardsExpect() throws Exception {
        BufferedImage image = decoded(images.png(images.siteCard()));

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(coloursIn(image, 150, 450)).as("text is drawn").isGreaterThan(20);
    }

    @Test
    void aSplitIsDrawnAsABarNearTheBottom() throws Exception {
        ShareCard withSplit = new ShareCard("Verdict", "Django", "A clear lean.",
                List.of(new ShareCard.Part("Django 14", 14, "#0c4b33"), new ShareCard.Part("Flask 6", 6, "#3b4a8c")));
        ShareCard withoutSplit = new ShareCard("Verdict", "Django", "A clear lean.", List.of());

        BufferedImage drawn = decoded(images.png(withSplit));
        BufferedImage plain = decoded(images.png(withoutSplit));

        assertThat(coloursIn(drawn, 470, 600)).isGreaterThan(coloursIn(plain, 470, 600));
        assertThat(drawn.getRGB(90, 500)).isEqualTo(0xff0c4b33);
        assertThat(drawn.getRGB(1110, 500)).isEqualTo(0xff3b4a8c);
    }

    @Test
    void textTooLongForTheCardIsCutRatherThanDrawnOffTheEdge() throws Exception {
        String endless = "word ".repeat(400);

        BufferedImage image = decoded(images.png(new ShareCard("Verdict", endless, endless, List.of())));

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(coloursIn(image, 600, 630)).as("the bottom margin stays empty").isEqualTo(2);
    }
}
