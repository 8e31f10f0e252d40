package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    /** The two patterns the renderer used before it collapsed line breaks itself. */
    private static final Pattern SPACED_BREAK = Pattern.compile(" *\n *");
    private static final Pattern MULTI_BREAK = Pattern.compile("\n{2,}");

    @Test
    void shouldCollapseBreaksAsThePatternsDid() {
        String alphabet = "  \n\n\tab\u00a0";
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = text.toString();
            String expected = MULTI_BREAK.matcher(SPACED_BREAK.matcher(value).replaceAll("\n")).replaceAll("\n");
            assertThat(TextRenderer.collapseBreaks(value)).as("[%s]", value).isEqualTo(expected);
        }
    }

    @Test
    void shouldKeepOneLineBreakWhereBreaksAndSpacesMeet() {
        String text = new TextRenderer().render(Jsoup.parse("<p>one <br> <br>  two<br>three  four</p>").body());
        assertThat(text).isEqualTo("one\ntwo\nthree four");
    }

    @Test
    void shouldFilterTheParagraphsAsTheJoinedText() {
        var body = Jsoup.parse("<p>Share this article</p><div>The port of Termez took 40 cranes.<br>Two more came"
                + " in May.</div><p>Updated March 3, 2026</p><p></p><p>Photo: Dana Ives</p><p>It was a busy year.</p>")
                .body();
        TextRenderer renderer = new TextRenderer();
        BoilerplateLines lines = new BoilerplateLines();
        String filtered = lines.filter(renderer.paragraphs(body));
        assertThat(filtered).isEqualTo(lines.filter(renderer.render(body)));
        assertThat(filtered).isEqualTo("The port of Termez took 40 cranes.\nTwo more came in May.\n\nIt was a busy year.");
    }
}
