package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day and month written without a year take the publication's year, unless that would put them ahead of the
 * publication while the same date a year earlier lies a few weeks behind it: a clash of December 27 reported on 3
 * January 2011 happened in December 2010 (gold-n), talks on December 5 announced on 28 November are of that year.
 */
class DayWithoutYearTest {

    @ParameterizedTest(name = "{2} in \"{1}\" ({0})")
    @CsvSource(delimiter = '|', textBlock = """
            2011-01-03 | Two Tajik servicemen were killed in a clash with 30 drug smugglers from Afghanistan on December 27. | 30 | 2010-12
            2011-01-03 | 27 декабря двое таджикских военных погибли в столкновении с 30 наркоконтрабандистами из Афганистана. | 30 | 2010-12
            2011-01-03 | Les gardes-frontières tadjiks ont saisi 30 kg d'héroïne à la frontière afghane le 27 décembre. | 30 kg | 2010-12
            2024-11-28 | On December 5, the Kazakh-Uzbek commission will review 40 joint projects. | 40 | 2024-12
            2024-11-28 | 5 декабря казахстанско-узбекская комиссия рассмотрит 40 совместных проектов. | 40 | 2024-12
            2024-11-28 | La commission kazakho-ouzbèke examinera 40 projets communs le 5 décembre. | 40 | 2024-12
            2024-06-15 | On June 2, Tajik border guards seized 30 kg of heroin on the Afghan border. | 30 kg | 2024-06
            """)
    void shouldDateADayWithoutYearNearestThePublication(LocalDate published, String body, String text, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, published, null), text);
        assertThat(found.period()).isEqualTo(period);
    }
}
