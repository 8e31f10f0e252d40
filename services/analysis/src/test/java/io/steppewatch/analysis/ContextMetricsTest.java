package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The metric of a figure from the words around it, in the ways real articles write them. */
class ContextMetricsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String body, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body.replace("\\n", "\n"),
                LocalDate.of(2024, 3, 5), null));
        // An abbreviated scale at the end of a sentence ("$36.1 mln.") keeps its dot in the figure's text.
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.text().equals(text) || f.text().equals(text + ".")).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The volume of trade turnover between Kazakhstan and China increased by 14.2 percent.                 | 14.2 percent            | trade.turnover
            The two states traded goods worth 312.4 million US dollars.                                           | 312.4 million US dollars | trade.turnover
            Kazakhstan's export to China grew by 41 percent in January-March 2024.                                | 41 percent              | trade.exports
            Ankara has invested $4.35 billion in Kazakhstan.                                                     | $4.35 billion           | investment.total
            La Chine a investi près de 8 milliards de dollars dans l’économie du Tadjikistan.                    | 8 milliards de dollars  | investment.total
            Россия инвестировала 5 млрд долларов в экономику Казахстана.                                         | 5 млрд долларов         | investment.total
            Kazakhstan is interested in investing $350 million in the roads of Afghanistan.                       | $350 million            | investment.total
            Le Japon compte investir 2 milliards de dollars dans les mines du Kazakhstan.                        | 2 milliards de dollars  | investment.total
            Турция намерена инвестировать 1 млрд долларов в экономику Узбекистана.                               | 1 млрд долларов         | investment.total
            Growth of the gross domestic product has stayed near 7 percent for three years.                     | 7 percent               | gdp.growth
            Ел электрондық үкіметті дамыту рейтингінде 31-орынды иеленді.                                       | 31-орынды               | egov.rank
            """)
    void shouldNameFlowWhenSentenceUsesAVerbOrSingular(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China accounted for 19.7% ($13.1 billion) of Uzbekistan's foreign trade.                       | $13.1 billion             | trade.turnover
            La Chine représente 19,7 % (13,1 milliards de dollars) du commerce extérieur de l'Ouzbékistan. | 13,1 milliards de dollars | trade.turnover
            На Китай пришлось 19,7% (13,1 млрд долларов) внешнеторгового оборота Узбекистана.              | 13,1 млрд долларов        | trade.turnover
            """)
    void shouldReadCueAfterBracketsWhenSumRestatesAShareInThem(String body, String text, String metric) {
        // The share is of the trade named after it; the sum in brackets is that part in money.
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The implementation of 47 joint projects with an investment volume of $19 billion is under way.              | $19 billion             | jointprojects.value
            Le Kazakhstan et la Chine mènent 50 projets communs, avec des investissements de 20 milliards de dollars. | 20 milliards de dollars | jointprojects.value
            В портфеле свыше 150 совместных проектов с общим объемом инвестиций 27 млрд долларов.                    | 27 млрд долларов        | jointprojects.value
            Kyrgyzstan and Tajikistan share a 970-kilometer-long border.                                             | 970-kilometer           | border.length
            Le tube traverse l'Asie centrale sur 1 800 km.                                                           | 1 800 km                | route.length
            Les routes qui passent par le canal de Suez s'étendent sur environ 14 500 km.                            | 14 500 km               | route.length
            Груз преодолеет 9 тыс. км за 17 дней.                                                                    | 9 тыс. км               | route.length
            """)
    void shouldTakeNarrowerMetricWhenCueNamesIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan's imports from Russia totaled some $512.3 mln and exports to Russia amounted to $41.8 mln. | $512.3 mln             | trade.imports
            Kyrgyzstan's imports from Russia totaled some $512.3 mln and exports to Russia amounted to $41.8 mln. | $41.8 mln              | trade.exports
            Les importations ont atteint 2 milliards de dollars et les exportations 1 milliard de dollars.          | 2 milliards de dollars | trade.imports
            Импорт составил 2 млрд долларов и экспорт 1 млрд долларов.                                              | 2 млрд долларов        | trade.imports
            """)
    void shouldLeaveCueToNextClauseWhenConjunctionComesBetween(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade with Uzbekistan fell by 14 percent, with Kazakhstan by 8.6 percent, with Tajikistan by 11.2 percent, and with Kyrgyzstan by 17.9 percent. | 17.9 percent | trade.turnover | CHANGE
            Товарооборот с Китаем вырос, с Казахстаном на 20%, с Узбекистаном на 10,3%, а с Кыргызстаном и Туркменистаном вместе на 21,7%.                      | 21,7%        | trade.turnover | CHANGE
            Kazakhstan ranked 33rd in the UN E-Government Survey.\\n\\nThe top of the list is Denmark. Sweden is 6th.                                            | 6th          | egov.rank      | AMOUNT
            """)
    void shouldKeepMetricWhenFigureIsFarFromItsCue(String body, String text, String metric, Measure measure) {
        ExtractedFigure figure = figure(body, text);

        assertThat(figure.metric()).isEqualTo(metric);
        assertThat(figure.measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The first step of the visit was deploying 2,500 troops to the exercise site in Tajikistan.     | 2,500 troops      | other
            During the state visit to China, over 20 bilateral agreements were signed.                    | 20 bilateral      | other
            Mirziyoyev a précisé que 16 accords seraient signés pendant la visite.                        | 16 accords        | other
            В ходе визита было подписано 20 двусторонних документов.                                      | 20 двусторонних   | other
            The station has the capacity of handling 14 trains a day.                                     | 14 trains         | other
            В Казахстане работают 397 китайских предприятий.                                              | 397 китайских     | companies.count
            There are 600 Uzbek economic entities in Russia with Russian capital.                         | 600 Uzbek         | companies.count
            In Kyrgyzstan there are 170 Kyrgyz-Chinese joint ventures.                                    | 170 Kyrgyz-Chinese | jointventures.count
            Благодаря совместным проектам будет создано 340 рабочих мест.                                 | 340 рабочих       | jobs.count
            На новом заводе будут созданы рабочие места для 2 тыс. человек.                               | 2 тыс. человек    | jobs.count
            """)
    void shouldTakeMetricFromCountedNounPhraseWhenCountNamesIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Les exercices ont eu lieu à 15 kilomètres de la frontière tadjiko-afghane.                    | 15 kilomètres | other
            Учения прошли в 20 километрах от границы с Афганистаном.                                      | 20 километрах | other
            Both countries moved border posts 3 kilometers from the disputed area.                        | 3 kilometers  | other
            The railway will stretch 523 kilometers from Kashgar to Andijan.                              | 523 kilometers | route.length
            Environ un tiers des 870 kilomètres de frontière commune reste contesté.                       | 870 kilomètres | border.length
            """)
    void shouldNotMeasureLengthWhenFigureIsDistanceToAPlace(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Xinjiang's foreign trade with Kazakhstan reached $5 billion, an increase of 12%.               | $5 billion       | other
            Товарооборот между Свердловской областью и Казахстаном вырос на 9% за полгода.               | 9%               | other
            Le commerce de la province avec le Kazakhstan a atteint 2 milliards de dollars.               | 2 milliards de dollars | other
            Trade between China and Kazakhstan reached $5 billion, an increase of 12%.                    | $5 billion       | trade.turnover
            """)
    void shouldNotMeasureCountryTradeWhenAProvinceTrades(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            China's Xinjiang Autonomous Region saw its trade with Kazakhstan reach $5 billion.            | $5 billion  | CN,KZ
            During the visit of the Russian president to Kazakhstan, 20 accords were signed.              | 20 accords  | KZ,RU
            """)
    void shouldKeepPartiesOfSentenceMetricWhenFigureIsOther(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade with Tajikistan increased by almost $2 billion in 2025.                                   | $2 billion              | CHANGE
            Trade amounted to $71.3 billion in 2024, an increase of $4.6 billion compared to 2023.          | $4.6 billion            | CHANGE
            Trade with China grew in Kazakhstan (+$2.8 billion) and Kyrgyzstan (+$2.9 billion).             | $2.8 billion            | CHANGE
            Товарооборот с Китаем вырос на 3 млрд долларов.                                                 | 3 млрд долларов         | CHANGE
            Les échanges sont en hausse de 2 milliards de dollars.                                          | 2 milliards de dollars  | CHANGE
            Trade amounted to $94.8 billion in 2024.                                                        | $94.8 billion           | AMOUNT
            Были подписаны контракты на 3 млрд долларов.                                                    | 3 млрд долларов         | AMOUNT
            """)
    void shouldReadSumAsChangeWhenSomethingMovedByIt(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Aliyev said his country and Kazakhstan are targeting a $6-billion trade volume.                 | $6-billion      | TARGET
            Türkiye and Uzbekistan look to boost trade volume to $10 billion.                              | $10 billion     | TARGET
            Another 31 projects are in preparation, with the potential to create over 12,000 jobs.            | 12,000 jobs     | TARGET
            На новом заводе запланировано создание 280 рабочих мест.                                        | 280 рабочих     | TARGET
            Сюда могут трудоустроить 100 человек.                                                          | 100 человек     | TARGET
            The projects have created over 22,000 new jobs in Kazakhstan.                                   | 22,000 new      | AMOUNT
            """)
    void shouldReadGoalWhenWordOfAimComesBeforeFigure(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023 the plans provided for an increase in the route's capacity to 8 million tons per year by 2028.      | 8 million tons         | TARGET
            En 2022, la feuille de route porte la capacité du corridor à 10 millions de tonnes d'ici 2027.              | 10 millions de tonnes  | TARGET
            В 2022 году пропускную способность коридора решили довести до 10 млн тонн к 2027 году.                    | 10 млн тонн            | TARGET
            In 2022 the corridor carried 10 million tons, and by 2027 it will carry more.                              | 10 million tons        | AMOUNT
            """)
    void shouldReadGoalWhenDeadlineFollowsFigureInItsClause(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Товарооборот Кыргызстана и Китая достиг $19 млрд. Это на 17% превышает показатели предыдущего года, и по темпам роста торговли республика оказалась первой. | 17% | trade.turnover
            Trade between Uzbekistan and Russia reached $6 billion. This figure is 29.5 percent higher, a record for the partners in their joint projects.         | 29.5 percent | trade.turnover
            Les échanges ont atteint 6 milliards de dollars. Ce chiffre est en hausse de 12 %, un record pour les projets communs.                              | 12 %         | trade.turnover
            Товарооборот Таджикистана и Казахстана за год составил $1,5 млрд. Стороны рассчитывают на рост этого показателя до $3 млрд, расширяя поставки и снижая импорт.                      | $3 млрд      | trade.turnover
            """)
    void shouldCarryMetricWhenSentenceSpeaksOfThisFigure(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
