package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's age written beside a name, set off by commas, or after a French noun of a person with "de", is no
 * figure (the labels give ages none); a span of years after a thing or a lower-case word stays a figure.
 */
class PersonAgesTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | Le douanier Rustam Nazarov, 41 ans, a été blessé.                  |
            fr | Les passeurs Farid Aliev, 29 ans, et Anvar Karimov, 33 ans.      |
            fr | Un chauffeur de 52 ans a été arrêté à Termez.                      |
            fr | une étudiante de 20 ans et un lycéen de 17 ans                      |
            ru | Водитель грузовика Бахтиёр Саидов, примерно 38 лет, задержан.       |
            ru | Задержан житель Хорога Нуриддин Каримов, 27 лет.                    |
            en | The trader, Alisher Usmonov, about 44 years, was detained.         |
            fr | un prêt d'une durée de 25 ans.                                      | 25 ans=25 years
            fr | En 2020, 30 ans de coopération ont été fêtés à Tachkent.          | 30 ans=30 years
            fr | Le contrat, signé pour 10 ans, prévoit 5 livraisons.               | 10 ans=10 years; 5 livraisons=5 count
            ru | Соглашение заключено на 12 лет, сообщил министр.                   | 12 лет=12 years
            """)
    void shouldLeaveOutTheAgeOfAPersonNamedBesideIt(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }

    /**
     * Round 52: a Russian age bounded by a comparative ("не моложе 21 года", "старше 65 лет") or put right after a
     * noun of a person ("мужчина 45 лет") is no figure either; a term of years after a thing stays.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Льгота положена водителям не моложе 21 года.                         |
            ru | К отбору допускаются юноши не старше 19 лет.                         |
            ru | Прививку делают всем, кто старше 65 лет.                              |
            ru | Полиция задержала мужчину 45 лет на границе.                         |
            ru | Обычный покупатель — женщина 50 лет.                                  |
            ru | Договор аренды земли продлен на 49 лет.                               | 49 лет=49 years
            ru | Стаж водителя — 12 лет.                                               | 12 лет=12 years
            """)
    void shouldLeaveOutARussianAgeByAComparativeOrAPersonNoun(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
    /**
     * Round 55: French ages told by "avoir" ("il avait 47 ans"), by "âgés" past an elided "d'" ("âgés d'environ 19
     * ans"), or after "de" behind a noun of a person by rank or role, an adjective between ("le sergent-chef de 31
     * ans", "un garçon italien de 11 ans"), are no figures; "avoir" with a span after it, and a term after a thing, stay.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | Le douanier blessé avait 38 ans.                                       |
            fr | Elle aurait environ 60 ans selon ses voisins.                          |
            fr | Les deux passeurs arrêtés sont âgés d'environ 19 ans.                  |
            fr | Le sergent-chef de 31 ans et un lieutenant de 27 ans sont rentrés.    |
            fr | Un garçon italien de 11 ans a été retrouvé sur la plage.              |
            fr | Deux personnes de 40 ans ont été interpellées à Och.                  |
            fr | Le chantier avait 2 ans de retard sur le calendrier.                  | 2 ans=2 years
            fr | une peine de prison ferme de 12 ans.                                   | 12 ans=12 years
            fr | Le projet aura une durée de 15 ans.                                    | 15 ans=15 years
            """)
    void shouldLeaveOutAFrenchAgeToldByHavingOrByAPersonsRank(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
