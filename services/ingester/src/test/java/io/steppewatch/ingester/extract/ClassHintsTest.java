package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {

    private static Element element(String attributes) {
        return Jsoup.parseBodyFragment("<div " + attributes + ">x</div>").body().child(0);
    }

    @Test
    void shouldReadClassAloneAsClassWithEmptyId() {
        // The look-up by class alone must agree with the joined "class id" name it stands for.
        assertThat(ClassHints.share(element("class='share-bar'"))).isTrue();
        assertThat(ClassHints.share(element("class='share-bar' id='top'"))).isTrue();
        assertThat(ClassHints.unlikely(element("class='sidebar'"))).isTrue();
        assertThat(ClassHints.unlikely(element("class='sidebar main'"))).isFalse();
        assertThat(ClassHints.lead(element("class='article-lead'"))).isTrue();
        assertThat(ClassHints.header(element("class='article-lead'"))).isFalse();
        assertThat(ClassHints.header(element("class='entry-header'"))).isTrue();
        assertThat(ClassHints.share(element("class='  '"))).isFalse();
        assertThat(ClassHints.weight(element("class='post-content' id='comments'"))).isZero();
    }

    @Test
    void shouldFoldTheCaseOfAsciiLettersOnlyWhenMatchingNames() {
        // Capitals of A to Z read as their small letters, as the patterns' case-insensitive forms read them.
        assertThat(ClassHints.unlikely(element("class='SideBar-q45'"))).isTrue();
        assertThat(ClassHints.byline(element("class='Post-KEYWORDS-q45' id='X'"))).isTrue();
        assertThat(ClassHints.weight(element("class='Article-Body-q45'"))).isEqualTo(25);
        assertThat(ClassHints.weight(element("id='Comments-q45'"))).isEqualTo(-25);
        // Other letters keep their case: the Kelvin sign is not a "k", a dotted capital I is not an "i".
        assertThat(ClassHints.byline(element("class='post-\u212Aeywords-q45'"))).isFalse();
        assertThat(ClassHints.media(element("class='\u0130mage-q45'"))).isFalse();
        assertThat(ClassHints.asciiLowerCase("Mixed-\u212A-\u0130-Name")).isEqualTo("mixed-\u212A-\u0130-name");
        String lower = "already-lower";
        assertThat(ClassHints.asciiLowerCase(lower)).isSameAs(lower);
    }

    @Test
    void shouldAnswerTheSameAfterMoreNamesThanItKeeps() {
        Element bar = element("class='share-bar'");
        Element lead = element("class='lead-in'");
        assertThat(ClassHints.share(bar)).isTrue();
        assertThat(ClassHints.lead(lead)).isTrue();
        for (int i = 0; i < 50_000; i++) {
            ClassHints.unlikely(element("class='block-" + i + "'"));
        }
        assertThat(ClassHints.share(bar)).isTrue();
        assertThat(ClassHints.lead(lead)).isTrue();
        assertThat(ClassHints.teaser(lead)).isFalse();
        assertThat(ClassHints.unlikely(element("class='block-7 comments'"))).isTrue();
    }

    @Test
    void shouldAnswerEveryQuestionWhicheverKindIsAskedFirst() {
        // A name asked a late question first (as blocks inside a dropped header are) has its early hints worked out
        // when they are asked for, and the other way round; by class and id, and by class alone.
        Element masthead = element("class='site-header-social-q17' id='masthead-q17'");
        assertThat(ClassHints.header(masthead)).isTrue();
        assertThat(ClassHints.lead(masthead)).isFalse();
        assertThat(ClassHints.unlikely(masthead)).isTrue();
        assertThat(ClassHints.share(masthead)).isTrue();
        assertThat(ClassHints.caption(masthead)).isFalse();
        Element standfirst = element("class='intro-sidebar-q17'");
        assertThat(ClassHints.lead(standfirst)).isTrue();
        assertThat(ClassHints.unlikely(standfirst)).isTrue();
        assertThat(ClassHints.weight(standfirst)).isEqualTo(-25);
        Element credit = element("class='photo-credit-q17' id='teaser-q17'");
        assertThat(ClassHints.caption(credit)).isTrue();
        assertThat(ClassHints.media(credit)).isTrue();
        assertThat(ClassHints.teaser(credit)).isTrue();
        assertThat(ClassHints.appendix(credit)).isFalse();
        assertThat(ClassHints.caption(credit)).isTrue();
    }

    @Test
    void shouldTellApartNamesThatShareAHash() {
        // "ar" and "bS" hash alike, so these two names take the same slot of the recent names.
        assertThat("share".hashCode()).isEqualTo("shbSe".hashCode());
        Element share = element("class='share'");
        Element other = element("class='shbSe'");
        for (int i = 0; i < 3; i++) {
            assertThat(ClassHints.share(share)).isTrue();
            assertThat(ClassHints.share(other)).isFalse();
        }
        assertThat(ClassHints.weight(element("class='shbSe' id='share'"))).isEqualTo(-25);
    }
}
