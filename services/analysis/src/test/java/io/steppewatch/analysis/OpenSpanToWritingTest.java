package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A total counted from a past start up to the writing, in a text with a publication month, runs from the start to that
 * month (round 48, per48): a bare start year inside a clause set off by a comma, and a sentence opening on an
 * anaphoric "since then" after a sentence that dates the start. Guards: a change counted from a base year, a sentence
 * with a year of its own, a text with no publication date.
 */
class OpenSpanToWritingTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The bank has financed road repairs in Kyrgyzstan since 2011, lending some 240 million dollars.                                   | 2019-05-14 | 240 million dollars | 2011-01/2019-05
            On rappelle que depuis 2002, l'agence japonaise a accordé près de 900 millions de dollars au Tadjikistan.                        | 2021-09-02 | 900 millions        | 2002-01/2021-09
            Посольство открылось в марте 2001 года. С тех пор страны заключили около 60 соглашений.                                        | 2024-02-10 | 60 соглашений       | 2001-03/2024-02
            The railway opened in June 2016. Since then, it has carried 48 million tonnes of freight.                                        | 2023-11-20 | 48 million tonnes   | 2016-06/2023-11
            Консульство открылось 12 мая 1998 года. С тех пор через него прошло около 7000 заявлений.                                   | 2022-06-30 | 7000 заявлений      | 1998-05/2022-06
            The railway opened in June 2016. Since then, its freight reached 9 million tonnes in 2022.                                       | 2023-11-20 | 9 million tonnes    | 2022
            Trade grew by 40% since 2015, the ministry said.                                                                                 | 2020-03-01 | 40%                 | null
            The bank has financed road repairs in Kyrgyzstan since 2011, lending 240 million dollars in 2018.                               | 2019-05-14 | 240 million dollars | 2018
            The bank has financed road repairs in Kyrgyzstan since 2011, lending some 240 million dollars.                                   | null       | 240 million dollars | null
            """)
    void shouldRunTheSpanToThePublicationMonth(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
