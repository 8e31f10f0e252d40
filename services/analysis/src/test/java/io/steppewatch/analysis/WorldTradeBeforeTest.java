package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One country's trade with the world (decision 63) has that country alone as its subject: also when the word of
 * foreign trade stands in a masculine case ("Внешний товарооборот"), and for the exports and imports of the next
 * sentence when it opens a paragraph of its own and names no party. Round 46, subj46.
 */
class WorldTradeBeforeTest {

    @Test
    void shouldReadTheMasculineWordOfForeignTrade() {
        String body = "Торговля\n\nВнешний товарооборот Киргизии за девять месяцев вырос до $9,2 млрд, "
                + "сообщил Нацстатком.";
        assertThat(subjectsOf("Казахстан обошёл Китай среди партнёров Киргизии", body, "$9,2 млрд"))
                .containsExactly("KG");
    }

    @Test
    void shouldGiveTheNextParagraphsImportsToTheSameCountry() {
        String body = "Торговля\n\nВнешнеторговый оборот Киргизии за девять месяцев вырос до $9,2 млрд.\n\n"
                + "За этот период импорт увеличился на 14%, до $7,4 млрд.";
        assertThat(subjectsOf("Казахстан обошёл Китай среди партнёров Киргизии", body, "$7,4 млрд"))
                .containsExactly("KG");
    }

    @Test
    void shouldGiveTheNextParagraphsExportsToTheSameCountryInEnglish() {
        String body = "Trade\n\nTajikistan's foreign trade came to $3.1 billion in the first half of the year.\n\n"
                + "Over the period, exports dropped by 6% to $0.9 billion.";
        assertThat(subjectsOf("Russia and China remain Dushanbe's top partners", body, "$0.9 billion"))
                .containsExactly("TJ");
    }

    @Test
    void shouldNotTakeOneCountryAfterThePairsTrade() {
        String body = "Trade\n\nTrade between Tajikistan and China came to $3.1 billion in the first half.\n\n"
                + "Over the period, exports dropped by 6% to $0.9 billion.";
        assertThat(subjectsOf("Russia and China remain Dushanbe's top partners", body, "$0.9 billion"))
                .hasSizeGreaterThan(1);
    }
}
