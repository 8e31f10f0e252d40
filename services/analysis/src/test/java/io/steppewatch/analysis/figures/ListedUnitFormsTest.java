package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of the labelling standard's units that the press writes and the lexicon lacked: French miles ("milles"),
 * the tenge with a French accent, the tonne misspelt "tones", the metre "cube" written after it, millimetres in
 * French and Russian words, twenty-foot equivalent units written with digits, and tonnes and kilometres with the
 * qualifier the railways give them ("net tons", "line kilometers").
 */
class ListedUnitFormsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | un gazoduc de 620 milles traverse la steppe                     | 620 milles=620 mi
            fr | deux mille camions et 3 mille wagons                            | 3 mille wagons=3000 count
            fr | une amende de 45 000 tengués, soit 90 euros                      | 45 000 tengués=45000 KZT; 90 euros=90 EUR
            en | trade may reach 3 million tones of goods a year                 | 3 million tones=3000000 t
            en | the line carried 42 billion meter cube of gas                   | 42 billion meter cube=4.2E10 m3
            en | nearly 7 cubic metres cube                                       | 7 cubic metres=7 m3
            fr | un écartement des rails de 1520 millimètres                     | 1520 millimètres=1.52 m
            ru | ширина колеи 1435 миллиметров                                    | 1435 миллиметров=1.435 m
            en | the goal is 75,000 20-foot equivalent units a year               | 75,000 20-foot equivalent units=75000 TEU
            en | freight reached 52.4 billion net tons by August                  | 52.4 billion net tons=5.24E10 t
            en | some 31 line kilometers of track were laid                      | 31 line kilometers=31 km
            """)
    void shouldReadTheUnit(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    /** Round 34: "cbm", and the cubic metre and the twenty-foot equivalent in Kazakh and Uzbek, Cyrillic and Latin. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | the pipeline moved 4.2 billion cbm in the first half               | 4.2 billion cbm=4.2E9 m3
            kk | qubyr 7 mlrd tekshe metr gaz aıdady                                 | 7 mlrd tekshe metr=7E9 m3
            kk | порт 120 мың жиырма футтық эквиваленттегі контейнер қабылдады       | 120 мың жиырма футтық эквиваленттегі контейнер=120000 TEU
            uz | port 90 ming yigirma futlik ekvivalentdagi konteyner qabul qildi     | 90 ming yigirma futlik ekvivalentdagi konteyner=90000 TEU
            uz | порт 90 минг йигирма футлик эквивалентда юк қабул қилди            | 90 минг йигирма футлик эквивалентда=90000 TEU
            """)
    void shouldReadTheCubicMetreAndTheTwentyFootEquivalentInEveryLanguage(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
