package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods that news writing gives its figures by the shapes of its own trade (issue 13, the open corpus): a quarter
 * written as an adjective ("third-quarter sales"); a fact its sentence dates by a day named against the publication
 * ("shares closed on Tuesday at $42.10").
 */
class NewsDatedPeriodsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static String periodOf(String body, String published, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body,
                published == null ? null : LocalDate.parse(published), null));
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.text().equals(text) || f.text().equals(text + ".")).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get().period();
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The drugmaker said its third-quarter revenue slid by 12% to $4.1bn.                      | 2015-11-02 | 12%          | 2015-07/2015-09
            The drugmaker said its third-quarter revenue slid by 12% to $4.1bn.                      | 2015-11-02 | $4.1bn       | 2015-07/2015-09
            Last week the utility posted a second-quarter loss of $310 million.                      | 2016-08-10 | $310 million | 2016-04/2016-06
            The bank will book a fourth-quarter charge of about $20 million for the closures.       | 2014-10-20 | $20 million  | 2014-10/2014-12
            The bank will book a fourth quarter charge of about $20 million for the closures.       | 2014-10-20 | $20 million  | 2014-10/2014-12
            The chipmaker said its fiscal fourth-quarter profit rose 18% on strong demand.          | 2014-10-20 | 18%          | null
            The chipmaker said its fiscal fourth quarter profit rose 18% on strong demand.          | 2014-10-20 | 18%          | null
            The chipmaker said profit rose 18% in the fiscal fourth quarter of 2013.                 | 2014-10-20 | 18%          | 2013-10/2013-12
            """)
    void shouldDateAQuarterWrittenAsAnAdjectiveAndLeaveAFiscalOneUndated(String body, String published, String text,
                                                                        String period) {
        assertThat(periodOf(body, published, text)).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Of the 14 state polls released on Thursday, nine showed the senator ahead.              | 2016-10-29 | 14 state       | 2016-10
            The carrier said on Sunday that 96 percent of its stations were back on the air.      | 2013-02-12 | 96 percent     | 2013-02
            The carmaker's stock closed on Tuesday at $42.10, up 1.2%.                             | 2018-05-17 | 1.2%           | 2018-05
            About 1.1 million homes were still without heating this morning, the company said.      | 2014-01-08 | 1.1 million homes | 2014-01
            Le sondage publié mardi donne 52 % des voix au maire sortant.                           | 2020-03-04 | 52 %           | 2020-03
            Опрос, опубликованный во вторник, дает мэру 52% голосов.                                | 2020-03-04 | 52%            | 2020-03
            The carrier said 96 percent of its stations were back on the air.                       | 2013-02-12 | 96 percent     | null
            Of the 14 state polls released on Thursday, nine showed the senator ahead.              | null       | 14 state       | null
            In runs made on Sunday, the senator would win the state 70 percent of the time.         | 2016-10-29 | 70 percent     | null
            On Monday the utility said power to 90 percent of homes will be back by the weekend.    | 2014-01-08 | 90 percent     | null
            """)
    void shouldDateAFactToThePublicationMonthWhenItsSentenceNamesTheDay(String body, String published, String text,
                                                                      String period) {
        assertThat(periodOf(body, published, text)).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The county backed the governor in 1996. A poll of the county on Saturday had the two level at 44 percent.          | 2016-10-29 | 44 percent     | 2016-10
            In 2009 the mayor won by a wide margin. She was getting 51.2 percent of the count as of Tuesday night.            | 2013-11-06 | 51.2 percent   | 2013-11
            Last year the fund bought a stake in the publisher. On Monday it offered $14 a share for the rest.                  | 2019-11-19 | $14            | 2019-11
            En 2012, le maire avait été élu de justesse. Le sondage publié mardi lui donne 48 % des voix.                          | 2020-03-04 | 48 %           | 2020-03
            В 2012 году мэра избрали с небольшим перевесом. Опрос, опубликованный во вторник, дает ему 48% голосов.                | 2020-03-04 | 48%            | 2020-03
            The county backed the governor in 1996. A poll of the county had the two level at 44 percent.                      | 2016-10-29 | 44 percent     | 1996
            The county backed the governor in 1996. In runs made on Sunday, he would carry it 70 percent of the time.           | 2016-10-29 | 70 percent     | 1996
            """)
    void shouldLetTheDayItsSentenceNamesOutweighAPeriodCarriedFromBefore(String body, String published, String text,
                                                                        String period) {
        assertThat(periodOf(body, published, text)).isEqualTo(period);
    }
}
