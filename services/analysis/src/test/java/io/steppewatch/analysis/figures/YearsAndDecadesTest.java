package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 53: a Russian year outside the usual span that the case of its word shows is a year ("в 1721 году", "к 2345
 * году"), a decade written as a round number with an ordinal's ending ("в 70-х", "музыка 90-х") and a year with a
 * one-letter ending ("в 2010-м") are no figures; counts of years, cardinal endings and ranks stay.
 */
class YearsAndDecadesTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Крепость на берегу Иртыша заложили в 1716 году.                        |
            ru | Карта 1745 года хранится в архиве Омска.                                |
            ru | Фантасты переносят действие романа в 2463 год.                          |
            ru | Город стал столицей губернии, а 1782 годом датирован его герб.         |
            ru | В начале 70-х караваны ещё ходили через перевал.                        |
            ru | На фестивале прозвучали песни 90-х вперемешку с новыми.                   |
            ru | В 2010-м завод впервые вошёл в отраслевой рейтинг.                    |
            ru | Договор продлён на 1500 лет, шутят юристы.                               | 1500 лет=1500 years
            ru | Груз прибыл из 3-х стран и 20-ти городов.                               | 3-х стран=3 count; 20-ти городов=20 count
            ru | Команда заняла 30-е место в таблице.                                     | 30-е место=30 rank
            ru | Сайт находится на 2010-м месте рейтинга.                                | 2010-м месте=2010 rank
            """)
    void shouldLeaveOutYearsAndDecadesButKeepCountsAndRanks(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
