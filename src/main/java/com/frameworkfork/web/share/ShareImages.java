package com.frameworkfork.web.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import com.frameworkfork.web.SiteProperties;
import org.springframework.stereotype.Service;

/**
 * Draws the 1200x630 PNG a page shows when its address is shared (Open Graph and Twitter cards). It
 * uses fonts shipped with the site, so the image looks the same on every server and needs none
 * installed; drawing takes some tens of milliseconds, which is why callers keep what it returns.
 */
@Service
public class ShareImages {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final int MARGIN = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final Color BACKGROUND = new Color(0xfbfaf7);
    private static final Color TEXT = new Color(0x1d2321);
    private static final Color MUTED = new Color(0x4f5a56);
    private static final Color ACCENT = new Color(0x0c6b47);
    private static final Color BAR_TRACK = new Color(0xd9ddd8);

    private final SiteProperties site;
    private final Font regular;
    private final Font bold;

    ShareImages(SiteProperties site) {
        this.site = site;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    /** The image of a page without one of its own: the site's name and what it does. */
    public ShareCard siteCard() {
        return new ShareCard("For your next Python web project", "Django or Flask?",
                "Six questions about your project, a verdict with its reasons, and a side-by-side comparison where every claim has a source.",
                List.of());
    }

    public byte[] png(ShareCard card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 16, HEIGHT);
            drawBrand(g);
            int y = 200;
            g.setColor(ACCENT);
            g.setFont(bold.deriveFont(30f));
            g.drawString(card.eyebrow(), MARGIN, y);
            y += 24;
            y = drawWrapped(g, card.heading(), bold, new float[] {76f, 64f, 52f}, 2, TEXT, y);
            y += 12;
            int detailLines = card.split().isEmpty() ? 4 : 2;
            drawWrapped(g, card.detail(), regular, new float[] {32f, 28f}, detailLines, MUTED, y);
            if (!card.split().isEmpty()) {
                drawSplit(g, card.split());
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void drawBrand(Graphics2D g) {
        int x = MARGIN;
        int y = 64;
        g.setColor(ACCENT);
        g.fill(new RoundRectangle2D.Float(x, y, 48, 48, 14, 14));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D fork = new Path2D.Float();
        fork.moveTo(x + 24, y + 40.5);
        fork.lineTo(x + 24, y + 25.5);
        fork.lineTo(x + 13.5, y + 12);
        fork.moveTo(x + 24, y + 25.5);
        fork.lineTo(x + 34.5, y + 12);
        g.draw(fork);
        g.setColor(TEXT);
        g.setFont(bold.deriveFont(34f));
        g.drawString(site.name(), x + 66, y + 36);
    }

    /** Draws text in at most {@code maxLines} lines at the first size where it fits, cutting it with "…" at the smallest. */
    private int drawWrapped(Graphics2D g, String text, Font font, float[] sizes, int maxLines, Color colour, int top) {
        List<String> lines = List.of();
        FontMetrics metrics = null;
        for (float size : sizes) {
            metrics = g.getFontMetrics(font.deriveFont(size));
            lines = wrap(text, metrics, TEXT_WIDTH);
            if (lines.size() <= maxLines) {
                break;
            }
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, ellipsised(kept.get(maxLines - 1), metrics, TEXT_WIDTH));
            lines = kept;
        }
        g.setFont(metrics.getFont());
        g.setColor(colour);
        int y = top;
        for (String line : lines) {
            y += metrics.getAscent();
            g.drawString(line, MARGIN, y);
            y += metrics.getDescent() + metrics.getLeading();
        }
        return y;
    }

    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(tried) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String ellipsised(String line, FontMetrics metrics, int width) {
        String cut = line;
        while (!cut.isEmpty() && metrics.stringWidth(cut + " …") > width) {
            cut = cut.substring(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length() - 1);
        }
        return cut + " …";
    }

    private void drawSplit(Graphics2D g, List<ShareCard.Part> parts) {
        int barTop = HEIGHT - 150;
        int barHeight = 40;
        float labelSize = 30f;
        FontMetrics metrics = g.getFontMetrics(bold.deriveFont(labelSize));
        List<Integer> labelWidths = parts.stream().map(part -> metrics.stringWidth(part.label())).toList();
        List<SplitBar.Placed> placed = SplitBar.layout(TEXT_WIDTH,
                parts.stream().map(ShareCard.Part::value).toList(), labelWidths);
        g.setColor(BAR_TRACK);
        g.fill(new RoundRectangle2D.Float(MARGIN, barTop, TEXT_WIDTH, barHeight, barHeight, barHeight));
        Shape clip = g.getClip();
        g.clip(new RoundRectangle2D.Float(MARGIN, barTop, TEXT_WIDTH, barHeight, barHeight, barHeight));
        for (int i = 0; i < parts.size(); i++) {
            g.setColor(Color.decode(parts.get(i).colour()));
            g.fillRect(MARGIN + placed.get(i).x(), barTop, placed.get(i).width(), barHeight);
        }
        g.setClip(clip);
        g.setFont(metrics.getFont());
        for (int i = 0; i < parts.size(); i++) {
            g.setColor(Color.decode(parts.get(i).colour()));
            g.drawString(parts.get(i).label(), MARGIN + placed.get(i).labelX(), barTop + barHeight + 16 + metrics.getAscent());
        }
    }

    private static Font font(String resource) {
        try (InputStream in = ShareImages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The font " + resource + " could not be read", e);
        }
    }
}
