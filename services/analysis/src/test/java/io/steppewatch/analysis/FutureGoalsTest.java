package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A level stated in the future, or one something is to be raised to, is a goal: measure TARGET. */
class FutureGoalsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            This season Uzbekistan will supply 870 million cubic meters of water to Kazakhstan.                  | 870 million | TARGET
            Line D is set to carry up to 30 billion cubic meters of gas annually by the end of 2020.              | 30 billion  | TARGET
            The pipeline company is poised to pump about 58 million tons of crude through its network.           | 58 million  | TARGET
            The pipeline company pumped about 58 million tons of crude through its network in 2023.              | 58 million  | AMOUNT
            Новая линия приведет к увеличению ежегодного транзита до 20 миллионов тонн.                          | 20 миллионов | TARGET
            Новая линия привела к увеличению ежегодного транзита до 20 миллионов тонн.                           | 20 миллионов | AMOUNT
            """)
    void shouldReadAGoalWhenTheLevelIsStatedInTheFuture(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Natijada yiliga yuk tashish hajmi 55 million tonnagacha oshishiga erishiladi.                         | 55 million | TARGET
            Тадбир юк ташиш ҳажмини 60 миллион тоннагача ошириш мақсадида ўтказилди.                             | 60 миллион | TARGET
            Үкімет жүк тасымалы көлемін 60 млн тоннаға дейін арттырады.                                         | 60 млн     | TARGET
            Yuk tashish hajmi 2023 yilda 60 million tonnagacha oshdi.                                            | 60 million | AMOUNT
            """)
    void shouldReadAGoalWhenAnUzbekOrKazakhLevelIsRaisedTo(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            First stage: creating a container hub, increasing the port's container capacity to 250 thousand TEUs per year. | 250 thousand | TARGET
            Стороны обсудили увеличение товарооборота до 5 млрд долларов.                                         | 5 млрд       | TARGET
            Trade kept increasing and reached $5 billion in 2023.                                                 | $5 billion   | AMOUNT
            """)
    void shouldReadAGoalWhenAGerundOrNounOfRaisingLeadsToTheLevel(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Plans include ramping up cargo handling to over 25,000 tons and bringing in more carriers.           | 25,000     | TARGET
            The two countries reached an agreement to lift their mutual trade to $12 billion.                    | $12 billion | TARGET
            Cargo handling was ramped up to over 20,000 tons last year.                                          | 20,000     | AMOUNT
            Стороны увеличат объемы перевозок до 55 млн тонн в год.                                               | 55 млн     | TARGET
            Порт нарастит перевалку контейнеров до 300 тысяч единиц.                                              | 300 тысяч  | TARGET
            Стороны увеличили объемы перевозок до 55 млн тонн в год.                                              | 55 млн     | AMOUNT
            Les deux pays porteront leurs échanges commerciaux à 5 milliards de dollars.                          | 5 milliards | TARGET
            Le port augmentera sa capacité à 10 millions de tonnes.                                               | 10 millions | TARGET
            Le port a augmenté sa capacité à 10 millions de tonnes.                                               | 10 millions | AMOUNT
            """)
    void shouldReadAGoalWhenAVerbOfRaisingNotInThePastLeadsToTheLevel(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    // Round 46 (alerts46): the infinitive and the future of raising or growing (zr-en-001, zr-ru-005, zl-en-002).
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers want to scale up bilateral commerce to $3 billion within five years.                   | $3 billion  | TARGET
            Товарооборот двух соседних стран может увеличиться в пять раз до $2 млрд.                             | $2 млрд     | TARGET
            Перевалка зерна в порту вырастет в полтора раза до 4 млн тонн.                                        | 4 млн       | TARGET
            Товарооборот двух стран увеличился до $2 млрд в 2024 году.                                            | $2 млрд     | AMOUNT
            The operator bought new wagons to help it increase grain shipments to 6 million tons a year.        | 6 million   | TARGET
            The ministers discussed ways to increase mutual trade to $4 billion.                                  | $4 billion  | TARGET
            Mutual trade continued to grow to $4 billion last year.                                               | $4 billion  | AMOUNT
            """)
    void shouldReadAGoalWhenAnInfinitiveOrFutureOfRaisingLeadsToTheLevel(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{2} in \"{0}\" ({1})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The sides agreed on rail freight between Kazakhstan and China of 21.9 million tonnes for 2014.        | 2013-10-04 | 21.9 million | TARGET
            The sides agreed on rail freight between Kazakhstan and China of 21.9 million tonnes for 2014.        | 2015-03-01 | 21.9 million | AMOUNT
            Kazakhstan plans to raise transit from the current 18 million tons to 33 million tons in 2020.       | 2016-02-10 | 18 million   | AMOUNT
            Стороны согласовали объем перевозок на 2014 год в размере 21900 тысяч тонн.                           | 2013-10-04 | 21900 тысяч  | TARGET
            Les parties ont fixé le fret ferroviaire pour 2014 à 21,9 millions de tonnes.                         | 2013-10-04 | 21,9 millions | TARGET
            """)
    void shouldReadALevelForAYearNotYetBegunAsAGoal(String body, String published, String text, Measure measure) {
        assertThat(figure(body, published, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ankara and Tashkent are eyeing $5 billion in two-way trade within three years.                        | $5 billion   | TARGET
            The Chinese carmaker eyes $200 million in plant investment in Jizzakh.                                | $200 million | TARGET
            Les deux pays envisagent 12 nouveaux projets communs, pour un investissement de 300 millions de dollars. | 300 millions | TARGET
            Les deux gouvernements envisagent l'ouverture de 40 entreprises communes.                             | 40           | TARGET
            The Chinese carmaker put $200 million into its plant in Jizzakh last year.                            | $200 million | AMOUNT
            """)
    void shouldReadAGoalWhenTheLevelIsEyedOrEnvisaged(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
