package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A place named only as the source of a sentence (a dateline before a dash, a closing "..., the news agency
 * reported" clause) is no party of its figures; a country's own statistics office as the source stays its party.
 * Round 46, subjb46.
 */
class AttributionMentionsTest {

    @Test
    void shouldDropTheCountryOfAClosingPressServiceClause() {
        String body = "Border\n\nMore than 200 kilograms of heroin were seized at the Tajik-Afghan border last week, "
                + "the press service of the Russian border unit in Tajikistan reported.";
        assertThat(subjectsOf("Drug seizure on the border", body, "200 kilograms"))
                .containsExactlyInAnyOrder("AF", "TJ");
    }

    @Test
    void shouldDropTheCountryOfAClosingAgencyClauseInRussian() {
        String body = "Газ\n\nЗа прошлый год стоимость поставок туркменского газа в Китай составила 9,6 млрд "
                + "долларов, сообщило информационное агентство России.";
        assertThat(subjectsOf("Газ для Китая", body, "9,6 млрд долларов"))
                .containsExactlyInAnyOrder("CN", "TM");
    }

    @Test
    void shouldDropTheCityOfADateline() {
        String body = "Фрукты\n\nБАКУ /Агентство/ - В январе-мае из Узбекистана в Россию было поставлено 120 тысяч "
                + "тонн фруктов.";
        assertThat(subjectsOf("Поставки фруктов", body, "120 тысяч тонн"))
                .containsExactlyInAnyOrder("RU", "UZ");
    }

    @Test
    void shouldKeepTheCountryOfItsOwnStatisticsOffice() {
        String body = "Trade\n\nWheat flour exports rose by 12% to 1.4 million tonnes in the first half, "
                + "Kazakhstan's statistics agency reported.";
        assertThat(subjectsOf("Flour exports up", body, "1.4 million tonnes")).contains("KZ");
    }
}
