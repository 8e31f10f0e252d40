package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleAnalyzerTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static Analysis analyze(String body, String published) {
        return ANALYZER.analyze(new ArticleText("t", "", body, published == null ? null : LocalDate.parse(published),
                null));
    }

    private static ExtractedFigure figure(Analysis analysis, String text) {
        Optional<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().equals(text)).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Le chiffre d’affaires commercial entre l’Ouzbékistan et la Russie en janvier-novembre 2022 s’est élevé à 8,4 milliards de dollars, soit 5,3 % au-dessus de la même période de l’année précédente (8 milliards de dollars). | 2023-02-03 | 8 milliards de dollars    | 2021-01/2021-11
            Le chiffre d’affaires commercial entre l’Ouzbékistan et la Russie en janvier-novembre 2022 s’est élevé à 8,4 milliards de dollars, soit 5,3 % au-dessus de la même période de l’année précédente (8 milliards de dollars). | 2023-02-03 | 5,3 %                     | 2022-01/2022-11
            La croissance des échanges commerciaux du Kazakhstan avec l’UEE l’année dernière a connu une augmentation de 7,1 %.          | 2024-12-01 | 7,1 %                     | 2023
            À l’heure actuelle, quelque 8 000 entreprises à participation russe opèrent au Kazakhstan.                                    | 2023-02-03 | 8 000 entreprises         | 2023-02
            Le trafic de marchandises de l'INSTC atteindra 2,4 millions de tonnes d'ici la fin de 2023.                                 | 2023-06-01 | 2,4 millions de tonnes    | 2023
            Le Kazakhstan compte 49 coentreprises évaluées à 30 milliards de dollars en cours d'ici 2020.                               | 2024-12-01 | 30 milliards de dollars   | null
            Trade between Kazakhstan and Russia rose 9 per cent in the first 11 months of this year.                                    | 2025-12-10 | 9 per cent                | 2025-01/2025-11
            Kazakhstan's exports to China reached $5.2bn last year.                                                                      | 2025-03-01 | $5.2bn                    | 2024
            Exports rose 4% in the second quarter of 2024.                                                                               | 2025-03-01 | 4%                        | 2024-04/2024-06
            Товарооборот Казахстана и России за девять месяцев 2025 года вырос на 9%.                                                    | 2025-11-01 | 9%                        | 2025-01/2025-09
            Товарооборот в октябре 2025 года составил 2,1 млрд долларов.                                                                 | 2025-12-01 | 2,1 млрд долларов         | 2025-10
            В прошлом году экспорт Казахстана в Россию составил 8,8 млрд долларов.                                                        | 2024-05-01 | 8,8 млрд долларов         | 2023
            Kazakhstan and Russia have 35 joint ventures.                                                                                | null       | 35 joint                  | null
            """)
    void shouldResolvePeriodAgainstPublicationWhenSentenceStatesOne(String body, String published, String text,
                                                                     String period) {
        assertThat(figure(analyze(body, published), text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Imports from Uzbekistan - 12.7 mln. US dollars. Exports to Uzbekistan rose.  | 12.7 mln
            Exports to Kyrgyzstan - 3.1 bln. US dollars a year. Imports fell.            | 3.1 bln
            Импорт из Узбекистана - 12,7 млн. USD. Экспорт вырос.                        | 12,7 млн
            """)
    void shouldAnalyseAFigureWhoseUnitRunsPastTheSentenceSplit(String body, String text) {
        // The splitter ends a sentence at "mln." before a capital, while the unit after it still belongs to the amount.
        Analysis analysis = analyze(body, "2025-04-01");

        assertThat(analysis.figures()).extracting(ExtractedFigure::text).anyMatch(found -> found.startsWith(text));
    }

    @Test
    void shouldLeavePresentUnresolvedWhenPublicationIsKnownToTheYearOnly() {
        ArticleText text = new ArticleText("t", "", "À l’heure actuelle, 171 projets sont en cours au Kazakhstan.",
                LocalDate.of(2025, 1, 1), "fr");

        assertThat(ANALYZER.analyze(text, ChronoUnit.YEARS).figures().get(0).period()).isNull();
        assertThat(ANALYZER.analyze(text, ChronoUnit.DAYS).figures().get(0).period()).isEqualTo("2025-01");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le chiffre d’affaires commercial entre l’Ouzbékistan et la Russie a augmenté de 5,3 % à 8,4 milliards de dollars. | 5,3 %                        | CHANGE | trade.turnover
            Le chiffre d’affaires commercial entre l’Ouzbékistan et la Russie a augmenté de 5,3 % à 8,4 milliards de dollars. | 8,4 milliards de dollars     | AMOUNT | trade.turnover
            75% des échanges russo-kazakhs sont réglés en monnaies nationales.                                            | 75%                          | SHARE  | settlements.national_currency_share
            Les deux gouvernements visent à porter leur chiffre d'affaires commercial à 25 milliards de dollars.                     | 25 milliards de dollars      | TARGET | trade.turnover
            Le Kazakhstan a exporté pour 8,8 milliards de dollars vers la Russie.                                         | 8,8 milliards de dollars     | AMOUNT | trade.exports
            La Russie et le Kazakhstan partagent une frontière de 7.500 kilomètres.                                        | 7.500 kilomètres             | AMOUNT | border.length
            Au Kazakhstan, 45 400 emplois ont été créés par les projets russes.                                            | 45 400 emplois               | AMOUNT | jobs.count
            Quelque 3 348 coentreprises opèrent au Kazakhstan.                                                             | 3 348 coentreprises          | AMOUNT | jointventures.count
            Le Kazakhstan compte 49 coentreprises russes en cours de réalisation.                                          | 49 coentreprises             | AMOUNT | jointprojects.count
            Kazakhstan's trade turnover with Russia is expected to reach $30bn.                                            | $30bn                        | TARGET | trade.turnover
            Kazakhstan's economic growth was 4.8% in Kazakhstan.                                                           | 4.8%                         | CHANGE | gdp.growth
            Russian investment in Kazakhstan exceeded $20bn.                                                               | $20bn                        | AMOUNT | investment.total
            Товарооборот Казахстана и России вырос на 9%.                                                                  | 9%                           | CHANGE | trade.turnover
            Инвестиции России в Казахстан превысили 20 млрд долларов.                                                       | 20 млрд долларов             | AMOUNT | investment.total
            Казахстан ввел запрет на экспорт 106 товаров в Россию.                                                          | 106 товаров                  | AMOUNT | exportban.items
            """)
    void shouldGiveMeasureAndMetricWhenSentenceCuesThem(String body, String text, Measure measure, String metric) {
        ExtractedFigure figure = figure(analyze(body, "2024-01-01"), text);

        assertThat(figure.measure()).isEqualTo(measure);
        assertThat(figure.metric()).isEqualTo(metric);
    }

    @Test
    void shouldNameSubjectsOfSentenceAndFallBackToArticleCountries() {
        Analysis analysis = analyze("Le Kazakhstan et la Russie discutent. Le Kazakhstan veut plus, la Russie aussi. "
                + "Les échanges avec l'UEE ont augmenté de 7,1 %. Ils ont augmenté de 3 %.", "2024-01-01");

        // Trade is bilateral: the sentence names one party, the article gives the other.
        assertThat(figure(analysis, "7,1 %").subjects()).containsExactly("EAEU", "KZ");
        assertThat(figure(analysis, "3 %").subjects()).containsExactly("KZ", "RU");
        assertThat(analysis.countries()).startsWith("KZ");
    }

    @Test
    void shouldDropBareNumberWhenSentenceCountsNothing() {
        Analysis analysis = analyze("[Edited by Nathalie]\n\nSource link -42\n\nIl y en a 3 au total.", null);

        assertThat(analysis.figures()).isEmpty();
    }

    @Test
    void shouldMarkTitleFiguresWithNegativeOffsetAndBodyFiguresWithTheirOffset() {
        String body = "Les deux parties visent 30 milliards de dollars d'échanges commerciaux.";
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "L'OBJECTIF DE 30 MILLIARDS DE DOLLARS", body,
                LocalDate.of(2025, 1, 1), "fr"));

        List<ExtractedFigure> figures = analysis.figures();
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).offset()).isEqualTo(-1);
        assertThat(figures.get(0).measure()).isEqualTo(Measure.TARGET);
        assertThat(body.substring(figures.get(1).offset())).startsWith(figures.get(1).text());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | H1 2024: trade between Turkmenistan and Uzbekistan exceeded 600 million   | In the first half of 2024, trade between the two countries amounted to US $ 614.2 million.          | 600 million | 6.0E8 | USD
            ru | Ташкент и Бишкек хотят довести товарооборот до 1 млрд                     | Стороны намерены довести товарооборот до $1 млрд против нынешних $790 млн.               | 1 млрд      | 1.0E9 | USD
            fr | Les échanges entre le Kazakhstan et la Russie ont atteint 26 milliards      | Selon les douanes, les échanges ont atteint 26,1 milliards d'euros l'an dernier.                      | 26 milliards | 2.6E10 | EUR
            """)
    void shouldTakeHeadlineCurrencyFromBodyWhenHeadlineLeavesItOut(String language, String title, String body,
                                                                   String text, double value, String unit) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", title.strip(), body.strip(),
                LocalDate.of(2024, 9, 4), language));

        ExtractedFigure headline = figure(analysis, text.strip());
        assertThat(headline.offset()).isEqualTo(-1);
        assertThat(headline.value()).isEqualTo(value);
        assertThat(headline.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Trade between Turkmenistan and Uzbekistan exceeded 600 million | The two countries signed 12 agreements on transport.
            ru | Товарооборот Узбекистана и Кыргызстана превысил 1 млрд          | Стороны подписали 12 соглашений о транспорте.
            fr | Les échanges entre le Kazakhstan et la Russie dépassent 26 milliards | Les deux pays ont signé 12 accords sur le transport.
            """)
    void shouldDropHeadlineSumWhenNeitherHeadlineNorBodyStatesCurrency(String language, String title, String body) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", title.strip(), body.strip(),
                LocalDate.of(2024, 9, 4), language));

        assertThat(analysis.figures()).noneMatch(f -> f.offset() == -1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le Kazakhstan a interdit l'exportation de drones vers la Russie pour ne pas contourner les sanctions occidentales. Les sanctions secondaires menacent les banques kazakhes. Le commerce bilatéral a baissé. | sanctions,trade
            Kazakhstan banned exports of drones to Russia to avoid secondary sanctions. Western sanctions and export controls on dual-use goods worry Kazakh banks; the EU sanctioned two firms.                  | sanctions,trade
            Казахстан запретил экспорт дронов в Россию, опасаясь вторичных санкций. Обход санкций через Казахстан беспокоит ЕС; санкции против банков.                                                            | sanctions,trade
            Le corridor médian et la route transcaspienne gagnent du trafic : le transit ferroviaire par Aktau et le fret de conteneurs vers le port de Bakou ont doublé. La logistique suit.                      | corridors
            The Middle Corridor gains traffic: rail freight through Aktau and container transit to Baku doubled, and the logistics of the Trans-Caspian route improve.                                              | corridors
            Средний коридор набирает обороты: транзит контейнеров через Актау и железнодорожные грузоперевозки выросли, логистика и транспортный коридор развиваются.                                                | corridors
            Les exercices militaires de l'OTSC au Tadjikistan préparent les troupes contre le terrorisme et l'extrémisme à la frontière afghane ; la sécurité régionale est en jeu.                               | security
            CSTO military exercises in Tajikistan train troops against terrorism and extremism on the Afghan border; regional security is at stake.                                                                | security
            Военные учения ОДКБ в Таджикистане готовят войска к борьбе с терроризмом и экстремизмом на афганской границе; региональная безопасность под угрозой.                                                     | security
            """)
    void shouldAssignTopicWhenArticleIsAboutIt(String body, String topic) {
        Analysis analysis = analyze(body, null);

        // an export ban in the lead is trade as well as sanctions (decision 8 of round 30)
        assertThat(analysis.topics()).extracting(TopicDecision::topic).containsExactly(topic.split(","));
        assertThat(analysis.topics().get(0).terms()).isNotEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Le Kazakhstan et la Russie ont signé un accord de coopération culturelle sur les échanges universitaires et les festivals. | fr
            Kazakhstan and Russia signed a cultural cooperation agreement on university exchanges and festivals in Astana this week.  | en
            Казахстан и Россия подписали соглашение о культурном сотрудничестве и обмене студентами на этой неделе в Астане.           | ru
            Қазақстан мен Ресей мәдени ынтымақтастық туралы келісімге қол қойды, бұл аптада Астанада кездесу өтті.                     | kk
            Монгол Улсын Ерөнхийлөгч Казахстанд төрийн айлчлал хийж, хоёр орны хамтын ажиллагааг хэлэлцэв.                             | mn
            """)
    void shouldDetectLanguageWhenTextIsInASupportedLanguage(String body, String language) {
        assertThat(analyze(body, null).language()).isEqualTo(language);
    }

    @Test
    void shouldFallBackToDeclaredLanguageWhenTextIsEmpty() {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", "", null, "fr-FR"));

        assertThat(analysis.language()).isEqualTo("fr");
    }

    @Test
    void shouldGiveSameAnalysesWhenSharedBetweenThreads() throws Exception {
        List<SeedArticle> seeds = SeedCorpus.bundled();
        List<Analysis> sequential = seeds.stream().map(s -> s.analyzeWith(ANALYZER)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Analysis>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (SeedArticle seed : seeds) {
                    futures.add(pool.submit(() -> seed.analyzeWith(ANALYZER)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % seeds.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldUseUserLexiconsWhenBuilderAddsThem(@TempDir Path dir) throws IOException {
        Path topics = Files.createDirectory(dir.resolve("topics"));
        Files.writeString(topics.resolve("energy.en.tsv"), "4\tpipeline\n4\tgas\n", StandardCharsets.UTF_8);
        Path metrics = dir.resolve("metrics.tsv");
        Files.writeString(metrics, "gas.exports\tt\t1.0\tgas\n", StandardCharsets.UTF_8);
        ArticleAnalyzer custom = ArticleAnalyzer.builder().addTopicLexicons(topics).addMetrics(metrics).build();

        Analysis analysis = custom.analyze(new ArticleText("t", "Gas pipeline", "Kazakhstan shipped gas: 4.5 million tonnes "
                + "of gas went through the pipeline.", null, "en"));

        assertThat(analysis.topics()).extracting(TopicDecision::topic).contains("energy");
        assertThat(analysis.figures()).extracting(ExtractedFigure::metric).containsExactly("gas.exports");
    }

    @Test
    void shouldKeepAUserMetricThatCountsWagonsWhereTheBuiltInRulesCallThemOther(@TempDir Path dir) throws IOException {
        Path metrics = dir.resolve("metrics.tsv");
        Files.writeString(metrics, "rail.wagons\tcount\t1.0\twagon*\n", StandardCharsets.UTF_8);
        ArticleAnalyzer custom = ArticleAnalyzer.builder().addMetrics(metrics).build();
        ArticleText article = new ArticleText("t", "Central Asia news",
                "Kazakhstan sent 1 250 grain wagons to Uzbekistan in 2025, the railway said.", null, "en");

        assertThat(custom.analyze(article).figures()).extracting(ExtractedFigure::metric).containsExactly("rail.wagons");
        assertThat(ArticleAnalyzer.withDefaults().analyze(article).figures()).extracting(ExtractedFigure::metric)
                .containsExactly("other");
    }
}
