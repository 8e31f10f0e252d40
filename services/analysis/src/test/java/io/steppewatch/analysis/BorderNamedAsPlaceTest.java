package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country named only as the border a road reaches or a place stands at is where, not whose: it is no subject when
 * the sentence names another party (the standard: the place of an event is no party). A border of two ("the
 * Kazakh-Chinese border", "the border of Kazakhstan and Turkmenistan") keeps both sides, and a country named as
 * the border alone with no other party stays.
 */
class BorderNamedAsPlaceTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan will pave a highway from Beyneu to the border of Turkmenistan, 120 kilometers long.        | 120 kilometers | KZ
            Kazakhstan plans a 70 km road from Zhanaozen to the Turkmen border.                                    | 70 km          | KZ
            A 210-kilometer stretch along the Torghundi (Turkmenistan border) – Herat line in Afghanistan opened.  | 210-kilometer  | AF
            Russian retailers expect prices to rise by 15 percent after new checks at the Kazakh border.           | 15 percent     | RU
            Uzbekistan built a 90 km road to the border of Kazakhstan and Turkmenistan.                            | 90 km          | KZ,TM,UZ
            Le Kazakhstan construit une route de 50 km jusqu'à la frontière entre la Chine et le Kazakhstan.       | 50 km          | CN,KZ
            Около 900 фур стоят на границе Казахстана с Россией из-за проверок.                                    | 900 фур        | KZ,RU
            Қазақстан мен Өзбекстан шекарасында 300-ден астам көлік тұр.                                           | 300-ден        | KZ,UZ
            """)
    void shouldLeaveOutACountryNamedOnlyAsTheBorderAPlaceIsAt(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrderElementsOf(List.of(subjects.split(",")));
    }

    /** A speaker is no other party: the border named as the place stays the only country the figure has. */
    @Test
    void shouldKeepTheBorderWhenTheSentenceNamesOnlyASpeaker() {
        String body = "Speaking to the Chinese ambassador, officials said fighting hit 40 percent of villages along "
                + "the Tajik border.";
        assertThat(figure(body, "40 percent").subjects()).contains("TJ");
    }
}
