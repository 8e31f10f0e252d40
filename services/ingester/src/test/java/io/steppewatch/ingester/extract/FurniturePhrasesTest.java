package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FurniturePhrasesTest {

    private final FurniturePhrases standard = FurniturePhrases.standard();

    @ParameterizedTest
    @ValueSource(strings = {"Externer Inhalt", "(Alle Angaben ohne Gewähr)", "Kontakt:", "Pressekontakt: Anna Berg",
            "Entdecke weitere Homestorys", "ALL RIGHTS RESERVED.", "Все права защищены", "Continue reading →",
            "Подпишитесь на наш канал в Telegram", "Comments are closed.", "Tous droits réservés",
            "Suscríbete a nuestro boletín", "Gefällt dir unser Magazin?",
            "Поделиться", "相关阅读", "分享到微信", "広告", "Back to top ↑", "Artículo anterior"})
    void shouldMatchLineWhenItIsMostlyAFurniturePhrase(String line) {
        assertThat(standard.matches(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No comments yet.", "- there are currently no comments for this story -", "Comments Closed",
            "No comments at the moment.", "Post a comment:", "Have your say on the latest news in our forums",
            "Be the first to comment!", "Noch keine Kommentare", "Комментариев пока нет"})
    void shouldMatchTheNoticeThatAnArticleHasNoCommentsOrAPromptToWriteOne(String line) {
        assertThat(standard.matches(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related To Story", "RECENT RELATED ARTICLES", "Top Stories", "Latest News",
            "Most Emailed Stories", "Related to this story:", "E-mail this to a friend", "Article Tools:",
            "Printer friendly page", "Send this article to Friends by E-Mail"})
    void shouldMatchALabelOverOtherStoriesOrAStoryTool(String line) {
        assertThat(standard.matches(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Add Comment", "Write comment", "This article does not have any comments associated with it",
            "Previous story: Ferry line to Kerki reopens", "Next story: 2026: the port's year", "Text size: A | A | A",
            "text size", "Scroll down to read more:"})
    void shouldMatchACommentPromptOrAStoryToolOfAnOldNewsTemplate(String line) {
        assertThat(standard.matches(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The next story in this series looks at the railway that carries the port's grain south.",
            "Text size matters less than the font, the designers of the new signs at the port said.",
            "Add comments from the dockers to the report, the director asked, before it goes to the ministry."})
    void shouldNotMatchASentenceThatOnlyOpensLikeAStoryTool(String line) {
        assertThat(standard.matches(line)).as(line).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Top stories of the year ran on the front page of the Steppe Wire, the editor said.",
            "Latest news from the port: the new cranes are working.", "Related news agencies carried the story too."})
    void shouldNotMatchASentenceThatOpensLikeALabelOverOtherStories(String line) {
        assertThat(standard.matches(line)).as(line).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No comments came from the ministry after the vote on the grain tariffs on Monday.",
            "Have your say, the mayor told residents who came to hear the plans for the river port's new quay."})
    void shouldNotMatchASentenceThatOnlyOpensLikeACommentNotice(String line) {
        assertThat(standard.matches(line)).as(line).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // A phrase inside a sentence, or a sentence that only opens like one.
            "The talks on external content rules ended without a deal.",
            "Kontaktbörsen und Reisebüros meldeten am Montag einen Rekord.",
            "Weitere Artikel der Verordnung regeln den Transit über Kasachstan und Usbekistan ab dem nächsten Jahr.",
            // A label without its colon is a word of the text.
            "Kontakt zur Botschaft hielt die Delegation über Wochen.",
            // A line naming the article's sources cites them.
            "Quelle: Statistisches Bundesamt", "Источник: пресс-служба порта Актау",
            // An opening phrase at the start of a long paragraph is the start of a sentence.
            "Entdecke weitere Strecken: die Bahn fährt ab Mai zweimal täglich von Almaty über Dostyk nach Ürümqi und zurück.",
            "", "   "})
    void shouldNotMatchLineWhenItIsProseOrACitation(String line) {
        assertThat(standard.matches(line)).as(line).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(Alle Angaben ohne Gewähr)|alle angaben ohne gewähr",
            "Soutenez-nous !|soutenez nous",
            "  12 Kommentare — jetzt lesen  |kommentare jetzt lesen",
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.|ich bin damit einverstanden dass mir externe inhalte angezeigt werden"})
    void shouldReadLineAsItsLowerCaseWords(String line, String words) {
        assertThat(FurniturePhrases.normalise(line)).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Folgen Sie uns auf Twitter und Facebook!", "Suivez-nous sur Instagram",
            "Подписывайтесь на наш Telegram-канал", "Sign up for the newsletter to get stories like this.",
            "¿Ya sabías que tenemos un canal? Únete desde tu celular.",
            "Если вы нашли ошибку, пожалуйста, выделите фрагмент текста и нажмите Ctrl+Enter.",
            "При полном или частичном использовании материалов ссылка на сайт обязательна.",
            "Materiallardan foydalanilganda havola majburiy."})
    void shouldFindCallToActInShortClosingParagraph(String paragraph) {
        assertThat(standard.calls(paragraph)).as(paragraph).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The company followed us to Aktau.", "Its subscribers grew to three million.",
            "Le ministre a suivi nous dit-on.", "Канал в Telegram опубликовал данные о грузообороте порта."})
    void shouldNotFindCallInProseThatOnlyNamesAServiceOrAFollower(String paragraph) {
        assertThat(standard.calls(paragraph)).as(paragraph).isFalse();
    }

    @Test
    void shouldReadThreeKindsOfPhraseAndSkipComments() {
        FurniturePhrases phrases = new FurniturePhrases(List.of(
                "# a comment: is not a phrase", "", "read the whole thing", "contact:", "more from ...", "分享到 ...",
                "* join the club"));

        assertThat(phrases.matches("Read the whole thing!")).isTrue();
        assertThat(phrases.matches("Read the whole thing, she said, was all they asked of the panel.")).isFalse();
        assertThat(phrases.matches("Contact: press office, +7 727 000 00 00")).isTrue();
        assertThat(phrases.matches("Contact")).isFalse();
        assertThat(phrases.matches("More from the port of Aktau")).isTrue();
        assertThat(phrases.matches("Moreover, the port of Aktau grew")).isFalse();
        assertThat(phrases.matches("分享到微博")).isTrue();
        assertThat(phrases.matches("a comment: is not a phrase")).isFalse();
        assertThat(phrases.matches("a comment")).isFalse();
        assertThat(phrases.calls("Liked it? Join the club today.")).isTrue();
        assertThat(phrases.calls("Liked it? Join the clubhouse today.")).isFalse();
        assertThat(phrases.matches("Join the club")).isFalse();
    }
}
