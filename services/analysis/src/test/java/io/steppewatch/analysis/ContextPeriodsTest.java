package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods a figure takes from its context: the sentences before it, the publication date, the kind of figure. */
class ContextPeriodsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static ExtractedFigure figure(String title, String body, String published, String text) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", title, body,
                published == null ? null : LocalDate.parse(published), null));
        // An abbreviated scale at the end of a sentence ("$36.1 mln.") keeps its dot in the figure's text.
        Optional<ExtractedFigure> found = analysis.figures().stream()
                .filter(f -> f.text().equals(text) || f.text().equals(text + ".")).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        return found.get();
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Over the past five years, mutual trade has increased from $5.7bn to $11bn. Trade reached $3bn in 2023.       | 2024-08-08 | $11bn                 | null
            In 2023 trade grew. Over the past five years, mutual trade has increased from $5.7bn to $11bn.                 | 2024-08-08 | $11bn                 | null
            En 2023 les échanges ont crû. Au cours des dix dernières années, les investissements ont atteint 8 milliards de dollars. | 2024-08-08 | 8 milliards de dollars | null
            В 2018 году товарооборот вырос. За годы независимости инвестиции составили $2,1 миллиарда.                      | 2019-01-09 | $2,1 миллиарда        | null
            In 2023 trade grew. Accumulated investments have reached $13 billion.                                          | 2024-11-27 | $13 billion           | null
            En 2023 les échanges ont crû. Les investissements accumulés sont importants – 13 milliards de dollars.            | 2024-11-27 | 13 milliards de dollars | null
            В 2023 году товарооборот вырос. Накопленные инвестиции превысили 13 млрд долларов.                             | 2024-11-27 | 13 млрд долларов      | null
            In 2023 trade grew. Over the past decade, investment has reached $13 billion.                                  | 2024-11-27 | $13 billion           | null
            En 2023 les échanges ont crû. Au cours de la dernière décennie, les investissements ont atteint 13 milliards de dollars. | 2024-11-27 | 13 milliards de dollars | null
            By 2027, the capacity of the port will be increased from 4 million to 9 million tons a year.          | 2024-11-27 | 4 million             | null
            """)
    void shouldGiveNoPeriodWhenFigureIsATotalOverUndatedYears(String body, String published, String text,
                                                             String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            More than 2,700 servicemen will take part in the drills.                             | 2021-10-05 | 2,700 servicemen | 2021-10
            Le président a ordonné la mobilisation de 20 000 réservistes. Le ministère l'a annoncé mardi. | 2021-07-06 | 20 000 réservistes         | 2021-07
            К учениям привлечено около 1200 военнослужащих.                                      | 2025-09-17 | 1200 военнослужащих  | 2025-09
            More than 2,700 servicemen will take part in the drills.                             | null       | 2,700 servicemen | null
            Kazakhstan has 35 joint ventures with Russia.                                        | 2021-10-05 | 35 joint          | null
            Ожидается, что новые рабочие места получат более 2 тыс. человек.                                  | 2022-06-04 | 2 тыс. человек             | null
            As a result, 20 militants were killed in a firefight. The ministry reported it on Tuesday. | 2010-09-24 | 20 militants     | 2010-09
            В перестрелке были уничтожены 20 боевиков. Об этом во вторник сообщило ведомство.    | 2010-09-24 | 20 боевиков      | 2010-09
            Au moins 20 combattants ont été tués dans les affrontements. Le ministère l'a annoncé mardi. | 2010-09-24 | 20 combattants   | 2010-09
            After the clash on the border 57 injured were taken to hospital. The ministry reported it on Tuesday. | 2022-09-17 | 57 injured       | 2022-09
            After the clash on the border 57 injured were taken to hospital.                     | null       | 57 injured       | null
            В маневрах участвуют 4 вертолета и 12 беспилотников.                                 | 2025-10-20 | 4 вертолета      | 2025-10
            В маневрах участвуют 4 вертолета и 12 беспилотников.                                 | 2025-10-20 | 12 беспилотников | 2025-10
            L'armée a engagé 5 hélicoptères dans l'opération, qui a fait 40 blessés. Le ministère l'a annoncé mardi. | 2023-04-11 | 5 hélicoptères   | 2023-04
            L'armée a engagé 5 hélicoptères dans l'opération, qui a fait 40 blessés. Le ministère l'a annoncé mardi. | 2023-04-11 | 40 blessés       | 2023-04
            About 250 law enforcers took part in the operation. The ministry reported it on Tuesday. | 2024-02-19 | 250 law          | 2024-02
            About 250 law enforcers took part in the operation.                                  | null       | 250 law          | null
            В операции участвовали около 250 сотрудников правоохранительных органов. Об этом во вторник сообщило ведомство. | 2024-02-19 | 250 сотрудников  | 2024-02
            В операции участвовали около 250 сотрудников правоохранительных органов.             | null       | 250 сотрудников  | null
            Quelque 250 agents des forces de l'ordre ont participé à l'opération. Le ministère l'a annoncé mardi. | 2024-02-19 | 250 agents       | 2024-02
            Quelque 250 agents des forces de l'ordre ont participé à l'opération.                | null       | 250 agents       | null
            В учении задействовано до 420 единиц вооружения и военной техники.                   | 2021-08-24 | 420 единиц       | 2021-08
            Some 350 refugees crossed the border; among them were 113 girls and 77 women. The ministry reported it on Tuesday. | 2021-07-06 | 350 refugees     | 2021-07
            Some 350 refugees crossed the border; among them were 113 girls and 77 women. The ministry reported it on Tuesday. | 2021-07-06 | 113 girls        | 2021-07
            Some 350 refugees crossed the border; among them were 113 girls and 77 women.         | null       | 350 refugees     | null
            Около 350 беженцев перешли границу, среди них 64 мальчика и 77 женщин. Об этом во вторник сообщило ведомство. | 2021-07-06 | 350 беженцев     | 2021-07
            Около 350 беженцев перешли границу, среди них 64 мальчика и 77 женщин. Об этом во вторник сообщило ведомство. | 2021-07-06 | 64 мальчика      | 2021-07
            Près de 350 réfugiés ont passé la frontière, dont 113 fillettes et 64 garçons. Le ministère l'a annoncé mardi. | 2021-07-06 | 350 réfugiés     | 2021-07
            Près de 350 réfugiés ont passé la frontière, dont 113 fillettes et 64 garçons. Le ministère l'a annoncé mardi. | 2021-07-06 | 64 garçons       | 2021-07
            Health officials said 84 casualties were recorded in the fighting. The ministry reported it on Tuesday. | 2021-04-29 | 84 casualties    | 2021-04
            Reportedly, 23 persons were detained during the raids. The ministry reported it on Tuesday. | 2024-02-19 | 23 persons       | 2024-02
            Reportedly, 23 persons were detained during the raids.                               | null       | 23 persons       | null
            Власти сообщили о 32 погибших в ходе столкновений на границе. Об этом во вторник сообщило ведомство. | 2022-09-17 | 32 погибших      | 2022-09
            Власти республики сообщили о 31 погибшем в пограничном конфликте.                         | null       | 31 погибшем      | null
            Les affrontements à la frontière ont fait 36 morts, selon les autorités. Le ministère l'a annoncé mardi. | 2022-09-17 | 36 morts         | 2022-09
            Les affrontements ont fait une centaine de blessés et 12 victimes civiles. Le ministère l'a annoncé mardi. | 2022-09-17 | 12 victimes      | 2022-09
            """)
    void shouldDateEventCountsByPublicationMonthWhenSentenceStatesNoPeriod(String body, String published,
                                                                           String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{3} in \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Border guards on patrol | Near the river the patrol came across 12 kilograms of heroin and 30 cartridges. The ministry reported it on Tuesday. | 2019-03-14 | 12 kilograms         | 2019-03
            Border guards on patrol | Near the river the patrol came across 12 kilograms of heroin and 30 cartridges.      | null       | 12 kilograms         | null
            Пограничники на посту   | У нарушителя нашли 25 свертков с гашишем общим весом 8 килограммов. Об этом во вторник сообщило ведомство. | 2021-11-02 | 8 килограммов        | 2021-11
            Garde-frontières        | Les douaniers ont découvert 6 kilogrammes d'héroïne dans un camion. Le ministère l'a annoncé mardi. | 2022-05-20 | 6 kilogrammes        | 2022-05
            Annual report           | In 2023 the service seized 900 kg of opium. Another 40 kg of hashish came from raids. | 2024-02-01 | 40 kg                | 2023
            Seized: 30 kg of heroin | Border guards stopped a courier at the river crossing.                                | 2019-03-14 | 30 kg                | null
            Clash on the border     | Two assault rifles and 270 bullets were found on the spot. The ministry reported it on Tuesday. | 2018-04-23 | 270 bullets          | 2018-04
            Clash on the border     | Border guards seized about 300 kilograms of drugs near the river. The ministry reported it on Tuesday. | 2009-02-17 | 300 kilograms        | 2009-02
            Clash on the border     | Border guards seized about 300 kilograms of drugs near the river.                     | null       | 300 kilograms        | null
            Столкновение на границе | На месте нашли автомат и 150 патронов. Об этом во вторник сообщило ведомство.         | 2021-11-02 | 150 патронов         | 2021-11
            Accrochage à la frontière | Les gardes ont découvert trois fusils et 183 cartouches. Le ministère l'a annoncé mardi. | 2022-05-20 | 183 cartouches       | 2022-05
            """)
    void shouldDateSeizedDrugsByPublicationMonthWhenNothingElseDatesThem(String title, String body, String published,
                                                                         String text, String period) {
        assertThat(figure(title, body, published, text).period()).isEqualTo(period);
    }

    /**
     * Decision 34 of round 35: a share, a place in a ranking or a trade flow stated with a word of the present moment
     * takes no period; a stock with one keeps the publication month.
     */
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The share of the dollar in payments between the two countries is currently close to 40%.            | 2024-03-03 | 40%              | null
            Доля рубля во взаимных расчетах сейчас составляет около 40%.                                          | 2024-03-03 | 40%              | null
            At present, the annual trade turnover between the two countries amounts to $3 billion.               | 2024-03-03 | $3 billion       | null
            Actuellement, le commerce bilatéral atteint 3 milliards de dollars par an.                           | 2024-03-03 | 3 milliards de dollars | null
            There are currently about 900 joint ventures operating in the country.                              | 2024-03-03 | 900 joint        | 2024-03
            """)
    void shouldGiveNoPeriodToSharesAndFlowsStatedAsNow(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    /**
     * Decision 33 of round 35: a count of an event takes the publication month only when the text dates the event or
     * its report against it (a weekday, yesterday, this week, overnight); dated by nothing but the page's date or a
     * dateline it has none.
     */
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            OSH, March 3. Police detained 14 suspects near the market and seized 9 kilograms of opium.           | 2024-03-03 | 14 suspects      | null
            OSH, March 3. Police detained 14 suspects near the market and seized 9 kilograms of opium.           | 2024-03-03 | 9 kilograms      | null
            Police detained 14 suspects near the market late Saturday and seized 9 kilograms of opium.           | 2024-03-03 | 9 kilograms      | 2024-03
            Overnight, the shelling left 6 people wounded in the border village.                                 | 2024-03-03 | 6 people         | 2024-03
            ОШ, 3 марта. В ходе рейда задержаны 14 человек, изъято 9 килограммов опия.                            | 2024-03-03 | 9 килограммов    | null
            В ходе рейда в пятницу задержаны 14 человек, изъято 9 килограммов опия.                               | 2024-03-03 | 9 килограммов    | 2024-03
            Les douaniers ont saisi 9 kilogrammes d'opium près du marché.                                        | 2024-03-03 | 9 kilogrammes    | null
            Les douaniers ont saisi 9 kilogrammes d'opium près du marché, a indiqué vendredi le service.         | 2024-03-03 | 9 kilogrammes    | 2024-03
            Шекарашылар бейсенбі күні 9 килограмм героин тәркіледі.                                              | 2024-03-03 | 9 килограмм      | 2024-03
            Шекарашылар 9 килограмм героин тәркіледі.                                                            | 2024-03-03 | 9 килограмм      | null
            Chegarachilar payshanba kuni 9 kilogramm geroin musodara qildi.                                      | 2024-03-03 | 9 kilogramm      | 2024-03
            Chegarachilar 9 kilogramm geroin musodara qildi.                                                     | 2024-03-03 | 9 kilogramm      | null
            """)
    void shouldDateEventCountsOnlyWhenTheTextDatesTheEvent(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    /**
     * Decision 52 of round 37: a word of "today" that is only part of a name ("Казахстан Сегодня", an agency) dates
     * nothing and says nothing of now; "As of today" opening a sentence after a capitalised word still does.
     */
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Агентство «Казахстан Сегодня» пишет: в ходе рейда задержаны 14 человек, изъято 9 килограммов опия.    | 2024-03-03 | 9 килограммов    | null
            Агентство Казахстан Сегодня: в ходе рейда задержаны 14 человек, изъято 9 килограммов опия.            | 2024-03-03 | 9 килограммов    | null
            Агентство «Казахстан Пресс» пишет: в ходе рейда задержаны 14 человек, изъято 9 килограммов опия.      | 2024-03-03 | 9 килограммов    | null
            THE AGENCY As of today 800 trucks wait at the border.                                                | 2024-03-03 | 800 trucks       | 2024-03
            Сегодня на границе стоят 800 грузовиков.                                                             | 2024-03-03 | 800 грузовиков   | 2024-03
            """)
    void shouldTakeNoDateFromTheTodayOfAName(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            During the talks the two presidents signed 14 documents on trade and transport.      | 2023-05-19 | 14 documents     | 2023-05
            During the talks the two presidents signed 14 documents on trade and transport.      | null       | 14 documents     | null
            По итогам переговоров стороны подписали 11 соглашений.                                 | 2023-05-19 | 11 соглашений    | 2023-05
            À l'issue de la visite, 9 accords ont été signés entre les deux pays.                 | 2023-05-19 | 9 accords        | 2023-05
            In March 2022 the two presidents signed 14 documents on trade and transport.          | 2023-05-19 | 14 documents     | 2022-03
            """)
    void shouldDateCountsOfSignedDocumentsByPublicationMonthWhenNothingElseDatesThem(String body, String published,
                                                                                      String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January-June 2024 exports reached $5 billion. Kazakhstan holds 12 percent of the world's uranium reserves. | 2024-07-10 | 12 percent | null
            В январе-июне 2024 года экспорт составил 5 млрд долларов. На долю Казахстана приходится 12% мировых запасов урана. | 2024-07-10 | 12%        | null
            De janvier à juin 2024, les exportations ont atteint 5 milliards de dollars. L'oléoduc achemine 70 % du pétrole exporté par le pays. | 2024-07-10 | 70 % | null
            In January-June 2024 exports reached $5 billion. China accounted for 20 percent of the total.                 | 2024-07-10 | 20 percent | 2024-01/2024-06
            In 2022 Kazakhstan produced 43 percent of the world's uranium.                                               | 2024-07-10 | 43 percent | 2022
            """)
    void shouldGiveNoCarriedPeriodWhenShareIsOfTheWorldOrOfWhatAPipelineCarries(String body, String published,
                                                                                String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January-June 2024 exports reached $5 billion. Kazakhstan makes up 83 percent of Germany's trade with the region.     | 2024-07-10 | 83 percent | null
            De janvier à juin 2024, les exportations ont atteint 5 milliards de dollars. Les importations représentent 60 % du commerce extérieur. | 2024-07-10 | 60 % | null
            2024 йилнинг январь-июнь ойларида экспорт 5 миллиард долларга етди. Хитой ташқи савдонинг тахминан 16 фоизини ташкил этади. | 2024-07-10 | 16 фоизини | null
            In January-June 2024 exports reached $5 billion. China accounted for 20 percent of the total.                 | 2024-07-10 | 20 percent | 2024-01/2024-06
            In 2023 China makes up 20 percent of the total.                                                             | 2024-07-10 | 20 percent | 2023
            В январе-июне 2024 года товарооборот составил 5 млрд долларов. На долю России приходится 40% товарооборота.    | 2024-07-10 | 40%        | 2024-01/2024-06
            """)
    void shouldGiveNoCarriedPeriodWhenShareIsSaidToHoldInThePresentTense(String body, String published, String text,
                                                                        String period) {
        // Russian statistics state a period's shares in the present tense ("На долю России приходится"), so the
        // Russian verb keeps the period the text set (gold-d); the English, French and Uzbek verbs do not.
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade turnover in January to May 2024 exceeded $823 million.                                                | 2024-07-01 | $823 million      | 2024-01/2024-05
            Trade rose 18.5% against the like period of the last year, reaching $512.4 mln in January - April 2024. Imports totaled $480.1 mln. | 2024-05-31 | $480.1 mln | 2024-01/2024-04
            Экспорт за 10 месяцев прошлого года вырос, по сравнению с тем же периодом 2007 г., на 9%.     | 2009-01-17 | 9%                | 2008-01/2008-10
            Trade with Armenia in 2021 came to $640 million (in 2020 – $588.5 million), including exports – $402.3 million. | 2022-04-04 | $402.3 million | 2021
            Le ministre a souligné qu’en 2024, le commerce bilatéral a atteint 19,4 milliards de dollars.     | null       | 19,4 milliards de dollars | 2024
            Les échanges ont progressé de près de 30% au cours de l’année écoulée.                                          | 2024-05-10 | 30%               | 2023
            By the end of 2023, the trade turnover increased by 13%.                                                   | 2024-05-17 | 13%               | 2023
            Last December, Kazakhstan estimated the construction of the new line at $6.4 billion.                          | 2023-11-16 | $6.4 billion      | 2022-12
            En octobre dernier, les exportations ont atteint 3 milliards de dollars.                                   | 2024-03-01 | 3 milliards de dollars | 2023-10
            В феврале прошлого года экспорт составил 2 млрд долларов.                                                  | 2024-06-01 | 2 млрд долларов   | 2023-02
            Passenger numbers have risen by 11.3 per cent till May this year.                                                 | 2023-06-30 | 11.3 per cent     | 2023-01/2023-05
            Pour les 11 premiers mois de 2022, la facture des importations s'est élevée à 7,1 milliards de dollars, contre 5,45 milliards de dollars pour l'ensemble de 2021. | 2023-01-06 | 5,45 milliards de dollars | 2021
            In January - April 2024, trade rose 18.5% against the like period of the last year, reaching $512.4 mln. | 2024-05-31 | $512.4 mln   | 2024-01/2024-04
            Стороны рассчитывают довести взаимную торговлю по итогам года до 9 миллиардов долларов.             | 2025-12-03 | 9 миллиардов долларов | 2025
            Kazakhstan expects trade to reach $5 billion by the end of the year.                                        | 2025-06-03 | $5 billion        | 2025
            Le commerce devrait atteindre 5 milliards de dollars d’ici la fin de l’année.                              | 2025-06-03 | 5 milliards de dollars | 2025
            À la fin de l'année dernière, le commerce bilatéral s'élevait à 2,6 milliards de dollars.                 | 2025-06-03 | 2,6 milliards de dollars | 2024
            """)
    void shouldResolvePeriodWhenSentenceStatesItInAnotherWay(String body, String published, String text,
                                                            String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January–April 2024 trade reached $4bn. This figure rose by 31 percent (from $2.9 billion in January–April 2023). Exports totaled $1 billion. | 2024-05-27 | 31 percent | 2024-01/2024-04
            Trade reached $4bn in 2023.\\n\\nKazakhstan's share in the structure of imports amounted to 21.9 percent.    | 2024-05-27 | 21.9 percent | 2023
            Ce gazoduc, à l'étude depuis les années 1990, suppose un investissement total de 6 milliards de dollars.    | null       | 6 milliards de dollars | null
            В 2022 году товарооборот вырос. Две станции стоимостью 91 млрд тенге запустят.                              | 2022-06-04 | 91 млрд тенге | null
            In January-October 2022 trade reached $4bn. The sides are implementing 41 joint projects worth $3.1bln.    | 2022-12-21 | $3.1bln | null
            Uzbekistan ranked 29th in 2022. Kazakhstan ranked 28th.                                                     | null       | 28th | 2022
            In 2014, 48 km of the railway were built.                                                                   | 2024-05-27 | 48 km | null
            En 2019, le pays a fêté ses 30 ans d'indépendance.                                                          | 2024-05-27 | 30 ans | null
            """)
    void shouldCarryPeriodWhenFigureHasNoneOfItsOwn(String body, String published, String text, String period) {
        assertThat(figure("", body.replace("\\n", "\n"), published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January-July 2023 the port handled 2.6 million tons.\\n\\nThe port handled 142,000 tons of grain and over 13,000 containers. | 2023-09-05 | 13,000 containers | 2023-01/2023-07
            In January-July 2023 the port handled 2.6 million tons.\\n\\nThe port handled 142,000 tons of grain and over 13,000 containers. | 2023-09-05 | 142,000 tons | 2023-01/2023-07
            In January-April 2025 freight grew.\\n\\nContainer shipments rose by 104 percent, equivalent to 144 container trains.          | 2025-05-23 | 144 container | 2025-01/2025-04
            In January-April 2025 freight grew.\\n\\nThe terminal processes 5-6 trains per day.                                             | 2025-05-23 | 6 trains | null
            In January-April 2025 freight grew.\\n\\nThe company employs 300 drivers.                                                       | 2025-05-23 | 300 drivers | null
            В январе-ноябре 2019 года через Хоргос прошло 3000 поездов.\\n\\n2655 поездов были загружены экспортными товарами.            | 2019-12-23 | 2655 поездов | 2019-01/2019-11
            De janvier à juillet 2023, le port a traité 2,6 millions de tonnes.\\n\\nLe port a traité 142 000 tonnes de céréales et 13 000 conteneurs. | 2023-09-05 | 13 000 conteneurs | 2023-01/2023-07
            """)
    void shouldCarryPeriodToACountOfContainersOrTrainsAsToTonnes(String body, String published, String text,
                                                                String period) {
        assertThat(figure("", body.replace("\\n", "\n"), published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Since its launch in 2015, the route has carried 2.5 million tons of cargo.                                  | 2024-05-27 | 2.5 million tons | null
            Объем экспорта газа составил 380 миллиардов кубометров с момента подписания контракта в 2009 году.         | 2025-10-22 | 380 миллиардов кубометров | null
            Depuis son lancement en 2015, la route a transporté 2,5 millions de tonnes de marchandises.                  | 2024-05-27 | 2,5 millions de tonnes | null
            Товарооборот с Китаем в 2023 году составил 41 млрд долларов.                                                 | 2024-05-27 | 41 млрд долларов | 2023
            """)
    void shouldLeaveTotalUndatedWhenYearOnlyDatesTheEventItRunsFrom(String body, String published, String text,
                                                                     String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade grew. Since May 1, 2021, the two countries have traded goods worth $3 billion.                       | 2022-02-08 | $3 billion | 2021-05/2022-02
            С 1 мая 2021 года товарооборот двух стран составил 3 млрд долларов.                                          | 2022-02-08 | 3 млрд долларов | 2021-05/2022-02
            Les échanges ont crû. Depuis le 1er mai 2021, les échanges ont atteint 3 milliards de dollars.               | 2022-02-08 | 3 milliards de dollars | 2021-05/2022-02
            """)
    void shouldSpanToPublicationWhenSinceNamesADayOfTheMonth(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade grew. From 2021 to 2024 exports totalled $5 billion.                                   | 2025-10-15 | $5 billion | 2021-01/2024-12
            Trade grew. Between 2021 and 2024, exports totalled $5 billion.                              | 2025-10-15 | $5 billion | 2021-01/2024-12
            Торговля растет. С 2021 по 2024 год экспорт составил 5 млрд долларов.                        | 2025-10-15 | 5 млрд долларов | 2021-01/2024-12
            Le commerce croît. Entre 2021 et 2024, les exportations ont atteint 5 milliards de dollars.  | 2025-10-15 | 5 milliards de dollars | 2021-01/2024-12
            Le commerce croît. Les ventes à l'étranger ont progressé de 118 % entre 2021 et 2022.                | null       | 118 % | 2022
            Trade grew. Exports rose from $3 billion in 2021 to $5 billion in 2024.                      | 2025-10-15 | $5 billion | 2024
            """)
    void shouldReadYearsJoinedByFromToOrBetweenAsOneSpan(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade grew. Two years ago exports reached $5 billion.                                        | 2025-10-15 | $5 billion | 2023
            Торговля растет. Три года назад экспорт составил 5 млрд долларов.                            | 2025-10-15 | 5 млрд долларов | 2022
            Le commerce croît. Il y a deux ans, les exportations ont atteint 5 milliards de dollars.     | 2025-10-15 | 5 milliards de dollars | 2023
            Trade grew. Two years ago exports reached $5 billion.                                        | null       | $5 billion | null
            """)
    void shouldCountYearsAgoFromPublication(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Торговля растет. Товарооборот с января по август составил 5 млрд долларов.                   | 2025-10-15 | 5 млрд долларов | 2025-01/2025-08
            Торговля растет. С 2019 года товарооборот вырос на 50%.                                      | 2025-10-15 | 50% | 2019-01/2025-10
            Торговля растет. Товарооборот вырос на 50% по сравнению с 2019 годом.                        | 2025-10-15 | 50% | null
            """)
    void shouldReadAMonthSpanOpenedBySAsTheSpanNotABase(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade grew. Year-to-date trade reached $5 billion.                                            | 2025-10-15 | $5 billion | 2025-01/2025-10
            Trade grew. Russian companies have invested $13 billion to date.                              | 2025-10-15 | $13 billion | 2025-10
            """)
    void shouldNotReadToDateInsideYearToDateAsNow(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade grew. Last quarter exports reached $5 billion.                                          | 2025-10-15 | $5 billion | 2025-07/2025-09
            Торговля растет. В прошлом квартале экспорт составил 5 млрд долларов.                         | 2025-10-15 | 5 млрд долларов | 2025-07/2025-09
            Le commerce croît. Le trimestre dernier, les exportations ont atteint 5 milliards de dollars.  | 2025-02-10 | 5 milliards de dollars | 2024-10/2024-12
            Trade grew. Last quarter exports reached $5 billion.                                          | null       | $5 billion | null
            """)
    void shouldReadLastQuarterAsTheQuarterClosedBeforePublication(String body, String published, String text,
                                                                  String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Average monthly pay amounted to 5.1 million soums ($410) at the end of 2023.                     | 2024-03-15 | $410          | 2023
            Le PIB a atteint 1 060 000 milliards de soums (623,5 milliards de dollars) en 2023.            | 2024-03-15 | 623,5 milliards de dollars | 2023
            Тенге купили на 4,2 млрд рублей ($61,5 млн) в ноябре 2022 года.                                 | 2022-12-22 | $61,5 млн       | 2022-11
            """)
    void shouldGiveConversionThePeriodOfTheSumItRestates(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2023 trade reached $10 billion. Trade could reach $20 billion in the near future.           | 2024-05-27 | $20 billion     | null
            En 2023 le commerce a atteint 10 milliards de dollars. Le commerce pourra atteindre 20 milliards de dollars. | 2024-05-27 | 20 milliards de dollars | null
            В 2022 году товарооборот составил 2,5 млрд долларов. Стороны намерены в перспективе довести его до 5 млрд долларов. | 2023-01-25 | 5 млрд долларов | null
            """)
    void shouldLeaveTargetUndatedWhenItStatesNoYear(String body, String published, String text, String period) {
        ExtractedFigure figure = figure("", body, published, text);

        assertThat(figure.measure()).isEqualTo(Measure.TARGET);
        assertThat(figure.period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Kazakh-Turkish trade grew by 13%           | By the end of 2023, Kazakh-Turkish trade had increased by 13%.              | 13% | null
            Товарооборот вырос на 300%                    | Товарооборот вырос на 300% с августа по декабрь 2020 года.                            | 300% | null
            Trade up 20% in 2023                         | Trade grew by 20% last year, the ministry said.                                        | 20% | 2023
            """)
    void shouldDateAHeadlineFigureOnlyByWhatTheHeadlineSays(String title, String body, String text, String period) {
        // The labelling standard carries a period from a headline to the body, never back: a headline's figure is
        // dated by the headline (with the publication date), whatever the body says of the same value.
        assertThat(figure(title, body, "2024-05-17", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ASTANA, 12 March 2025. Currently, 171 joint projects are under way. | 171 joint | null
            ASTANA, 12 March 2025. Last year exports reached $5 billion.        | $5 billion | 2024
            """)
    void shouldResolveOnlyRelativePeriodsWhenDateIsStatedInText(String body, String text, String period) {
        assertThat(figure("", body, null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Kazakhstan's trade with the region stood at $6bn, rising by 19.4%, in 2023.                                   | 2024-08-08 | $6bn          | 2023
            Le commerce avec la Chine a atteint 8 milliards de dollars, soit une hausse de 12 %, en 2023.               | 2024-08-08 | 12 %          | 2023
            Товарооборот составил 8 млрд долларов, увеличившись на 12%, в 2023 году.                                    | 2024-08-08 | 12%           | 2023
            Trade reached $3bn, the highest in years, and the partners expect more growth this year.                    | 2024-08-08 | $3bn          | null
            """)
    void shouldDateWholeSentenceWhenPeriodClosesItAfterAComma(String body, String published, String text,
                                                             String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Port throughput keeps rising this year, with a 24 percent rise noted in the first three months. | 2023-05-10 | 24 percent    | 2023-01/2023-03
            En 2023, le trafic a augmenté de 30 % au premier trimestre.                                                  | 2023-05-10 | 30 %          | 2023-01/2023-03
            В 2023 году перевозки выросли на 30% за первый квартал.                                                       | 2023-05-10 | 30%           | 2023-01/2023-03
            """)
    void shouldTakePartOfTheYearWhenItFollowsFigureInItsClause(String body, String published, String text,
                                                              String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Tovar ayirboshlash hajmi 2022-yilda 9,2 milliard dollarni tashkil etdi, bu 2021-yilga nisbatan 15 foizga ko‘pdir. | 2023-07-10 | 15 foizga | 2022
            Тауар айналымы 2022 жылы 2021 жылға қарағанда 15%-ға өсті.                                                       | 2023-07-10 | 15%       | 2022
            """)
    void shouldNotDateFigureByBaseWhenPostpositionFollowsIt(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            From January to December 2023, purchases from Georgia dropped by 9.6 percent, totaling $58 million.   | 2024-02-01 | $58 million   | 2023
            De janvier à décembre 2023, les importations ont atteint 73 millions de dollars.                      | 2024-02-01 | 73 millions de dollars | 2023
            В январе-декабре 2023 года импорт составил 73 млн долларов.                                          | 2024-02-01 | 73 млн долларов | 2023
            В январе-ноябре 2023 года импорт составил 73 млн долларов.                                           | 2024-02-01 | 73 млн долларов | 2023-01/2023-11
            """)
    void shouldWriteWholeYearWhenRangeRunsFromJanuaryToDecember(String body, String published, String text,
                                                               String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2022 жылдың төрт айында Транскаспий бағыты бойынша 733 мың тонна жүк тасымалданған.       | 2022-05-20 | 733 мың тонна  | 2022-01/2022-04
            Transkaspiy yo'nalishi bo'yicha 2022 yilning 4 oyida 733 ming tonna yuk tashildi.        | 2022-05-20 | 733 ming tonna | 2022-01/2022-04
            2022 жылы Транскаспий бағыты бойынша 733 мың тонна жүк тасымалданған.                    | 2023-05-20 | 733 мың тонна  | 2022
            """)
    void shouldReadFirstMonthsWhenKazakhOrUzbekNamesThemAfterTheYear(String body, String published, String text,
                                                                     String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            During January-August exports to China reached $5 billion.                                  | 2024-10-10 | $5 billion | 2024-01/2024-08
            During January exports to China reached $5 billion.                                         | 2024-10-10 | $5 billion | 2024-01
            In January — a record month — exports to China reached $5 billion.                          | 2024-10-10 | $5 billion | 2024-01
            Durant janvier-août, les exportations vers la Chine ont atteint 5 milliards de dollars.     | 2024-10-10 | 5 milliards de dollars | 2024-01/2024-08
            Pendant janvier-août, les exportations vers la Chine ont atteint 5 milliards de dollars.    | 2024-10-10 | 5 milliards de dollars | 2024-01/2024-08
            В январе-августе экспорт в Китай составил 5 млрд долларов.                                  | 2024-10-10 | 5 млрд долларов | 2024-01/2024-08
            """)
    void shouldReadAMonthSpanWithoutItsYearWholeAfterDuring(String body, String published, String text,
                                                            String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            From January to June 2023 the line carried 1.1 million tons, 64% more than over the same period last year. Back in 2022, 2.4 million tons went by rail. | null | 2.4 million tons | 2022
            From January to June 2023 freight reached 1.3 million tons, 77% more than over the same period of 2022, when 0.7 million tons were carried. | null | 0.7 million tons | 2022-01/2022-06
            С января по июнь 2023 года по линии прошло 1,1 млн тонн, на 64% больше, чем за аналогичный период прошлого года. Итого за 2022 год прошло 2,4 млн тонн. | null | 2,4 млн тонн | 2022
            De janvier à juin 2023, le fret a atteint 1,3 million de tonnes, soit 77 % de plus qu'à la même période l'an dernier. En 2022, 1,5 million de tonnes ont été transportées. | null | 1,5 million de tonnes | 2022
            """)
    void shouldNotReadAYearAsTheSameMonthsWhenTheComparisonEndsTheSentenceBefore(String body, String published,
                                                                                String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Торговля Казахстана с Арменией за полгода выросла на 11%, стороны утвердили программу на 2025-2030 годы. | 2025-10-09 | 11% | 2025-01/2025-06
            За полгода текущего года товарооборот вырос на 11%.                                          | 2025-10-09 | 11%      | 2025-01/2025-06
            За полгода прошлого года товарооборот вырос на 11%.                                          | 2025-10-09 | 11%      | 2024-01/2024-06
            Товарооборот за полгода вырос на 11%.                                                        | 2025-03-09 | 11%      | 2024-01/2024-06
            Полгода назад товарооборот вырос на 11%.                                                     | 2025-10-09 | 11%      | null
            Товарооборот за полгода вырос на 11%.                                                        | null       | 11%      | null
            In the first half of the year trade between Russia and Tajikistan grew by 11%.               | 2025-10-09 | 11%      | 2025-01/2025-06
            Au premier semestre, les échanges entre la Russie et le Tadjikistan ont augmenté de 11 %.     | 2025-10-09 | 11 %     | 2025-01/2025-06
            """)
    void shouldReadTheRussianHalfYearAsTheFirstHalf(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            La croissance du premier trimestre de cette année dépasse 20%.                        | 2024-05-10 | 20%      | 2024-01/2024-03
            In the first half of last year, exports grew by 12 percent.                                  | 2024-05-10 | 12 percent | 2023-01/2023-06
            В первом полугодии прошлого года экспорт вырос на 12%.                                       | 2024-05-10 | 12%      | 2023-01/2023-06
            Les échanges se sont élevés à 51 milliards d’euros en 2022 et ont progressé de 17 % au premier trimestre de cette année. | null | 17 % | null
            """)
    void shouldReadQuarterWithTheRelativeYearThatFollowsIt(String body, String published, String text,
                                                          String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Планируется, что в нынешнем году грузооборот составит не менее 2 млн тонн.                   | 2024-08-18 | 2 млн тонн     | 2024
            Приток инвестиций за прошлый год превысил 4 миллиарда долларов.                              | 2025-02-27 | 4 миллиарда долларов | 2024
            Биыл контейнерлік тасымалдар 50 мың ЖФЭ дейін жетеді.                                        | 2022-05-11 | 50 мың ЖФЭ     | 2022
            Жорий йил якунлари бўйича экспорт ҳажмини 7 миллиард долларга етказишни режалаштирмоқдамиз. | 2025-12-03 | 7 миллиард долларга | 2025
            Былтыр Ресей Қазақстанға шамамен 3,2 млрд доллардың өнімін экспорттаған.                       | 2022-09-18 | 3,2 млрд доллардың | 2021
            Жүк тасымалы 30 млн тонна болды. Былтыр контейнерлік тасымал көлемі 1,7 млн ЖФЭ болды.        | 2025-01-31 | 1,7 млн ЖФЭ     | 2024
            Былтырғы астық экспорты 11 млн тоннаны құрады.                                               | 2025-01-31 | 11 млн тоннаны  | 2024
            Last year China shipped goods worth about $4.5 billion to Kazakhstan.                        | 2022-09-18 | $4.5 billion   | 2021
            В прошлом году Китай поставил в Казахстан товаров примерно на 4,5 млрд долларов.             | 2022-09-18 | 4,5 млрд долларов | 2021
            L'an dernier, la Chine a livré au Kazakhstan des biens pour environ 4,5 milliards de dollars. | 2022-09-18 | 4,5 milliards de dollars | 2021
            """)
    void shouldResolveRelativeYearWordsOfEveryLanguage(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2023, 5.9 million tourists came to Uzbekistan. Last year, enrolment of students from abroad reached 14.2 thousand. | 14.2 thousand | 2023
            Turkey's trade with the region totaled $21.3 billion in 2024, up from $19.8 billion in 2023. Overall, Turkey's foreign trade reached $608 billion last year. | $608 billion | 2024
            Trade grew in 2024.\\n\\nIn the first seven months of this year, exports reached $11.3 mln.  | $11.3 mln | 2024-01/2024-07
            En 2023, la croissance a été forte. Au premier semestre de cette année, le PIB a progressé de 7,5 %. | 7,5 % | 2023-01/2023-06
            В 2023 году товарооборот вырос. В прошлом году экспорт составил 2 млрд долларов.              | 2 млрд долларов | 2023
            В январе-октябре этого года товарооборот составил 22,2 млрд долларов, больше чем за аналогичный период 2021 года. | 22,2 млрд долларов | 2022-01/2022-10
            Freight volumes from January through February grew by 45 percent compared with the same period in 2022. | 45 percent | 2023-01/2023-02
            Les échanges se sont élevés à 51 milliards d’euros en 2022 et ont progressé de 17 % au premier trimestre de cette année. | 17 % | null
            Exports grew by 12 percent last year.                                                        | 12 percent | null
            """)
    void shouldAnchorRelativePeriodToTheYearTheTextNamesWhenArticleIsUndated(String body, String text,
                                                                            String period) {
        assertThat(figure("", body.replace("\\n", "\n"), null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Since February 24, 2022, the start of the war, trade changed.\\n\\nGrowth was strong in 2023. In the first half of this year, exports reached $2 billion. | $2 billion | 2023-01/2023-06
            Depuis le 24 février 2022, le commerce a changé.\\n\\nLa croissance a été forte en 2023. L'an dernier, les exportations ont atteint 2 milliards de dollars. | 2 milliards de dollars | 2023
            On 15 January 2025, the Treasury acted. Last year, exports reached $2 billion.               | $2 billion | 2024
            """)
    void shouldNotResolveAgainstADateThatOpensASpan(String body, String text, String period) {
        assertThat(figure("", body.replace("\\n", "\n"), null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Exports came to $612.7 million in 2023, up 11.6 percent from the same time in 2022 ($548.9 million).                | 2024-03-05 | $548.9 million | 2022
            Le commerce a atteint 94,8 milliards de dollars en 2024, soit 5,4 milliards de plus qu’en 2023 (89,4 milliards de dollars). | 2025-01-24 | 89,4 milliards de dollars | 2023
            Товарооборот составил 94,8 млрд долларов в 2024 году, увеличившись по сравнению с 2023 годом (89,4 млрд долларов).  | 2025-01-24 | 89,4 млрд долларов | 2023
            Exports came to $612.7 million in 2023, up 11.6 percent from the same time in 2022 ($548.9 million).                | 2024-03-05 | 11.6 percent   | 2023
            """)
    void shouldGiveSumInParenthesesAfterABaseTheBasePeriod(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            150 trains passed through in January-August 2024, compared to 9 for the whole of 2023, and container traffic has increased 16-fold. | 2024-10-04 | 16-fold | 2024-01/2024-08
            Les achats à l'étranger se sont élevés à 7,1 milliards de dollars en janvier-novembre 2022, contre 5,45 milliards de dollars pour l'ensemble de 2021, et les exportations ont augmenté de 12 %. | 2023-01-06 | 12 % | 2022-01/2022-11
            Экспорт составил 3 млрд долларов в январе-июне 2024 года против 2 млрд долларов за весь 2023 год, а импорт вырос на 5%. | 2024-08-01 | 5% | 2024-01/2024-06
            Экспорт составил 3 млрд долларов в январе-июне 2024 года против 2 млрд долларов за весь 2023 год, а импорт вырос на 5%. | 2024-08-01 | 2 млрд долларов | 2023
            """)
    void shouldNotDateFigureByThePeriodOfTheFigureItIsComparedWith(String body, String published, String text,
                                                                  String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The UN ranked Kazakhstan 33rd in the E-Government Survey 2016.\\n\\nKorea heads the rankings. Singapore is 4th. Australia is 8th. The rest of the top 10 is all European: Finland (6th) and Denmark (9th). | null | 9th | 2016
            L'ONU a classé le Kazakhstan à la 33e place dans l'enquête de 2016.\\n\\nLe Royaume-Uni est en tête. Singapour occupe la 4e place. La Nouvelle-Zélande occupe la 8e place. Le Danemark occupe la 9e place. | null | 9e place | 2016
            В рейтинге ООН 2016 года Казахстан занял 33-е место.\\n\\nВеликобритания лидирует. Сингапур на 4-м месте. Новая Зеландия на 8-м месте. Дания на 9-м месте. | null | 9-м месте | 2016
            Сейчас страна находится на 29-м месте в рейтинге.                                         | 2020-07-13 | 29-м месте | 2020
            """)
    void shouldDateRankingPlacesByTheEditionTheTextNames(String body, String published, String text, String period) {
        assertThat(figure("", body.replace("\\n", "\n"), published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            За 1991-2014 гг. экспорт с $70 млн увеличился до $3 млрд.                          | 2015-11-07 | $70 млн   | 1991
            За 1991-2014 гг. экспорт с $70 млн увеличился до $3 млрд.                          | 2015-11-07 | $3 млрд   | 2014
            In 2014-2020, exports grew from $1 billion to $3 billion.                         | 2021-03-01 | $1 billion | 2014
            In 2014-2020, exports grew from $1 billion to $3 billion.                         | 2021-03-01 | $3 billion | 2020
            Sur la période 2014-2020, les exportations sont passées de 1 milliard de dollars à 3 milliards de dollars. | 2021-03-01 | 3 milliards de dollars | 2020
            In 2014-2020, the EU provided aid of €1 billion.                                  | 2021-03-01 | €1 billion | 2014-01/2020-12
            """)
    void shouldDateEndsOfAChangeOverYearsByTheFirstAndLastYear(String body, String published, String text,
                                                               String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            BAKU, Azerbaijan, February 28. Uzbekistan seeks more trade with Russia.\\n\\nWe have already reached $10 billion of trade. | 2024-02-28 | $10 billion | null
            ТАШКЕНТ, 3 дек - ПРАЙМ. Товарооборот с Россией достиг 10 млрд долларов.                     | 2025-12-03 | 10 млрд долларов | null
            Téhéran, 31 mai (Prensa Latina) Le commerce avec l'Iran a atteint 3 milliards de dollars.      | 2021-05-31 | 3 milliards de dollars | null
            MINSK. May 24 (Interfax) - In April 2024, exports reached $3 billion.                                | 2024-05-24 | $3 billion | 2024-04
            By the end of 2023, the trade turnover increased by 13%.                                       | 2024-05-17 | 13%        | 2023
            """)
    void shouldNotDateFiguresByTheDatelineOfTheReport(String body, String published, String text, String period) {
        assertThat(figure("", body.replace("\\n", "\n"), published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Deals peaked in mid-November. The tenge was bought for a total of 4.2 bln rubles.        | 2022-12-22 | 4.2 bln rubles | 2022-11
            En mai, les exportations ont atteint 3 milliards de dollars.                             | 2024-06-10 | 3 milliards de dollars | 2024-05
            В октябре экспорт составил 2 млрд долларов.                                              | 2024-01-15 | 2 млрд долларов | 2023-10
            In November 2021, exports reached $2 billion.                                             | 2024-01-15 | $2 billion | 2021-11
            """)
    void shouldReadMonthWithoutYearAsTheLatestOneBeforePublication(String body, String published, String text,
                                                                   String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2023, 5.9 million tourists came to Uzbekistan. Most of them, 4.8 million, came to see family. 52.7 thousand people travelled for medical care. | 52.7 thousand people | 2023
            В 2025 году прошли учения. В них участвовали около 1500 человек.                                                    | 1500 человек | 2025
            En 2025, des exercices ont eu lieu. Environ 1 500 militaires y ont participé.                                        | 1 500 militaires | 2025
            """)
    void shouldCarryParagraphPeriodToEventCountWhenPublicationIsUnknown(String body, String text, String period) {
        assertThat(figure("", body, null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Kazakhstan-Russia trade reached $28 billion in 2024 | The presidents met in Dushanbe.\\n\\nRussian investment grew by 33% last year. | 33% | 2024
            Le commerce a atteint 28 milliards de dollars en 2024 | Les présidents se sont rencontrés.\\n\\nL'an dernier, les investissements ont augmenté de 33 %. | 33 % | 2024
            Товарооборот достиг 28 миллиардов долларов в 2024 году | Президенты встретились.\\n\\nПриток инвестиций за прошлый год вырос на 33%. | 33% | 2024
            Trade reached $64 billion in 2022                   | Trade reached $64 billion in 2022 and grew by 22% in the first quarter of this year. | 22% | null
            """)
    void shouldAnchorRelativePeriodToTheHeadlineYearWhenTheParagraphNamesNone(String title, String body, String text,
                                                                             String period) {
        assertThat(figure(title, body.replace("\\n", "\n"), null, text).period()).isEqualTo(period);
    }

    // gold-j: in an undated article, a span the text calls the past years, or a part-year period it dates, shows the
    // year of writing for the whole text; a whole year it names does not.
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade reached $530 million last year.\\n\\nTrade is growing fast.\\n\\nOver the past five years (2018-2023), trade has doubled. | $530 million | 2023
            Trade reached $530 million last year.\\n\\nTrade is growing fast.\\n\\nIn January-April 2024, trade amounted to $200 million. | $530 million | 2023
            Trade reached $200 million in January-June this year.\\n\\nTrade is growing fast.\\n\\nOver the past five years (2018-2023), trade has doubled. | $200 million | 2024-01/2024-06
            Товарооборот в прошлом году составил 530 млн долларов.\\n\\nТорговля растет.\\n\\nЗа последние пять лет (2018-2023) товарооборот удвоился. | 530 млн долларов | 2023
            Товарооборот в прошлом году составил 530 млн долларов.\\n\\nТорговля растет.\\n\\nВ январе-апреле 2024 года товарооборот составил 200 млн долларов. | 530 млн долларов | 2023
            Les échanges ont atteint 530 millions de dollars l'an dernier.\\n\\nLe commerce croît.\\n\\nAu cours des cinq dernières années (2018-2023), les échanges sont passés à 11 milliards de dollars. | 530 millions de dollars | 2023
            Les échanges ont atteint 530 millions de dollars l'an dernier.\\n\\nLe commerce croît.\\n\\nDe janvier à avril 2024, ils se sont élevés à 200 millions de dollars. | 530 millions de dollars | 2023
            Trade reached $530 million last year.\\n\\nTrade is growing fast.\\n\\nIn 2021, trade amounted to $400 million. | $530 million | null
            Trade reached $530 million last year.\\n\\nTrade is growing fast.\\n\\nTrade grew by 5% compared with January-April 2023. | $530 million | 2023
            """)
    void shouldAnchorAnUndatedTextByThePastYearsOrPartYearItDates(String body, String text, String period) {
        assertThat(figure("", body.replace("\\n", "\n"), null, text).period()).isEqualTo(period);
    }

    // NOTES-b, gold-j: a flow stated as now ("Actuellement ... 8 000 tonnes par an") has no period; a stock stated as
    // now, a capacity per year included, takes the publication month (team a)
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Currently, France uses about 8,000 tons of uranium a year.                                   | 8,000 tons       | null
            В настоящее время Франция потребляет около 8000 тонн урана в год.                            | 8000 тонн        | null
            Actuellement, l'Espagne consomme environ 8 000 tonnes de charbon par an.                        | 8 000 tonnes     | null
            Currently, 1,200 joint ventures with Russian capital operate in Uzbekistan.                  | 1,200 joint      | 2023-11
            Currently, the terminal has an estimated capacity of 200,000 TEU per year.                   | 200,000 TEU      | 2023-11
            Actuellement, 1 200 coentreprises à capitaux russes opèrent en Ouzbékistan.                   | 1 200 coentreprises | 2023-11
            """)
    void shouldGiveAYearlyFlowStatedAsNowNoPeriod(String body, String text, String period) {
        assertThat(figure("", body, "2023-11-01", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Товарооборот вырос на 300% с конца августа 2020 года.                                          | 2021-01-15 | 300%      | 2020-08/2021-01
            Since the beginning of 2022, trade has grown by 40 percent.                                     | 2022-10-03 | 40 percent | 2022-01/2022-10
            Depuis le début de 2022, le commerce a augmenté de 40 %.                                        | 2022-10-03 | 40 %      | 2022-01/2022-10
            Since the beginning of 2022, sanctions have hit more than 20 companies.\\n\\nExports grew by 10,000%. | null | 10,000% | null
            Since the beginning of 2022, sanctions have hit more than 20 companies.                          | null       | 20 companies | null
            Trade has grown by 40 percent since 2019.                                                       | 2022-10-03 | 40 percent | null
            """)
    void shouldReadASpanFromItsStartToThePublicationMonth(String body, String published, String text, String period) {
        assertThat(figure("", body.replace("\\n", "\n"), published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade reached $3.8 billion from January through April 2024. It grew by 31 percent.\\n\\nRussia is the second partner. It accounts for 18.4 percent of trade.\\n\\nExports totaled $1 billion during this period. | 2024-05-27 | $1 billion | 2024-01/2024-04
            Le commerce a atteint 3,8 milliards de dollars en janvier-avril 2024. Il a augmenté de 31 %.\\n\\nLa Russie est le deuxième partenaire. Elle compte pour 18,4 % du commerce.\\n\\nLes exportations ont atteint 1 milliard de dollars sur cette période. | 2024-05-27 | 1 milliard de dollars | 2024-01/2024-04
            Товарооборот составил 3,8 млрд долларов в январе-апреле 2024 года. Он вырос на 31%.\\n\\nРоссия второй партнер. На нее приходится 18,4% товарооборота.\\n\\nЭкспорт за этот период составил 1 млрд долларов. | 2024-05-27 | 1 млрд долларов | 2024-01/2024-04
            """)
    void shouldTakeThePeriodASentenceRefersBackToHoweverFar(String body, String published, String text,
                                                           String period) {
        assertThat(figure("", body.replace("\\n", "\n"), published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2023, the share of the ruble rose to 81.3%, up 14 points compared to 2014. The share of the dollar has decreased from 26% to 11%. | 2024-05-24 | 26% | 2014
            In 2023, the share of the ruble rose to 81.3%, up 14 points compared to 2014. The share of the dollar has decreased from 26% to 11%. | 2024-05-24 | 11% | 2023
            Exports from January to October this year rose by 18 percent compared with the same period last year. By weight, shipments went from 3.1 million tons to 3.4 million tons. | 2017-12-28 | 3.1 million tons | 2016-01/2016-10
            En 2023, la part du rouble a atteint 81,3 %, soit 14 points de plus par rapport à 2014. La part du dollar est passée de 26 % à 11 %. | 2024-05-24 | 26 % | 2014
            В 2023 году доля рубля выросла до 81,3% по сравнению с 2014 годом. Доля доллара снизилась с 26% до 11%.   | 2024-05-24 | 26%  | 2014
            Exports rose from $1 billion in 2020 to $3 billion in 2023, compared to 2014.                             | 2024-05-24 | $1 billion | 2020
            In 2023 the ruble gained. The share of the dollar decreased from 26% to 11% compared with 2014.          | 2024-05-24 | 26%        | 2014
            """)
    void shouldDateTheStartOfAChangeByTheBaseTheTextLastSet(String body, String published, String text,
                                                           String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2023, Kazakh exports jumped by 56.9%, from $2 billion to $3.1 billion.                                  | 2024-05-24 | $2 billion | 2022
            In 2023, Kazakh exports jumped by 56.9%, from $2 billion to $3.1 billion.                                  | 2024-05-24 | $3.1 billion | 2023
            Shipments came to 870,000 tons from January through October 2022. Shipments to Georgia grew seven times, from 124,000 to 870,000 tons. | 2022-11-30 | 124,000 | 2021-01/2021-10
            En 2023, les ventes ouzbèkes ont grimpé de 45 %, passant de 1,8 milliard de dollars à 2,6 milliards de dollars. | 2024-05-24 | 1,8 milliard de dollars | 2022
            En 2023, les ventes ouzbèkes ont grimpé de 45 %, passant de 1,8 milliard de dollars à 2,6 milliards de dollars. | 2024-05-24 | 45 % | 2023
            En 2023, les achats ont reculé de 7,4 %, à 1,1 milliard de dollars.                                        | 2024-05-24 | 7,4 % | 2023
            В 2023 году экспорт Казахстана вырос на 56,9% — с $2 млрд до $3,1 млрд.                                    | 2024-05-24 | $2 млрд | 2022
            В 2023 году экспорт Казахстана вырос на 56,9% — с $2 млрд до $3,1 млрд.                                    | 2024-05-24 | $3,1 млрд | 2023
            Over 2019–2024 trade with Latvia rose by 200 percent (from $1.2 million to $3.6 million).                | 2026-02-13 | $1.2 million | 2019
            By 2027, the capacity of the port will be increased from 4 million to 9 million tons a year.     | 2024-11-27 | 4 million | null
            """)
    void shouldDateTheStartOfAChangeWithinAYearByTheSameMonthsAYearBefore(String body, String published, String text,
                                                                          String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            С начала года объем грузов увеличился на 12%. Паромные перевозки также показывают рост в 8%.  | 2023-09-01 | 8%          | 2023-01/2023-08
            Since the beginning of the year, cargo traffic has grown by 12 percent.                        | 2023-09-14 | 12 percent  | 2023-01/2023-09
            Depuis le début de l'année, le trafic a augmenté de 12 %.                                      | 2023-09-01 | 12 %        | 2023-01/2023-08
            Since January, cargo traffic has grown by 12 percent.                                          | 2023-04-14 | 12 percent  | 2023-01/2023-04
            С начала года объем грузов увеличился на 12%.                                                 | null       | 12%         | null
            Перевалка нефти в I полугодии 2023 года выросла на 63%.                                       | null       | 63%         | 2023-01/2023-06
            """)
    void shouldReadTheYearToDateAsTheMonthsUpToTheDayBeforePublication(String body, String published, String text,
                                                                   String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Le commerce s'est élevé à 287 millions de dollars en janvier-octobre 2021. Il dépasse celui de la même période de l'année 2020.\\n\\nLes importations ont été de 19,6 millions de dollars. | null | 19,6 millions de dollars | 2021-01/2021-10
            Trade reached $311 million in January-October 2021. It grew compared to the same period of the year 2020.\\n\\nImports were $24.9 million. | null | $24.9 million | 2021-01/2021-10
            External trade in the first half of 2021 stood at USD 5.4 billion, figures published on July 13 show.\\n\\nExports reached USD 1.7 billion. | 2021-07-13 | USD 1.7 billion | 2021-01/2021-06
            Le commerce a atteint 6,2 milliards de dollars au premier semestre 2021, selon les données publiées le 13 juillet. Les exportations ont atteint 1,9 milliard de dollars. | 2021-07-13 | 1,9 milliard de dollars | 2021-01/2021-06
            Товарооборот в первом полугодии 2021 года составил 6,2 млрд долларов, сообщили 13 июля. Экспорт составил 1,9 млрд долларов. | 2021-07-13 | 1,9 млрд долларов | 2021-01/2021-06
            """)
    void shouldCarryTheSpanASentenceSetsNotItsBaseNorTheDayOfTheReport(String body, String published, String text,
                                                                         String period) {
        assertThat(figure("", body.replace("\\n", "\n"), published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2018 the port handled 5 million tons. The annual capacity of the port is 17 million tons.                     | 2019-01-03 | 17 million tons | null
            En 2018, le port a traité 5 millions de tonnes. La capacité annuelle du port est de 17 millions de tonnes.       | 2019-01-03 | 17 millions de tonnes | null
            В 2018 году порт перевалил 5 млн тонн. Пропускная способность порта составляет 17 млн тонн в год.              | 2019-01-03 | 17 млн тонн     | null
            """)
    void shouldNotCarryAPeriodToACapacity(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            De janvier à octobre de cette année, les échanges se sont élevés à 48,2 milliards de dollars, soit 14 % de plus par rapport à janvier-octobre 2024. | 48,2 milliards de dollars | 2025-01/2025-10
            From January to October this year, trade reached $66.5 billion, up 21.5% compared to the first ten months of 2024.                          | $66.5 billion             | 2025-01/2025-10
            Les échanges ont totalisé 1,87 milliard de dollars au premier semestre de cette année, une hausse de 4,6% comparé à la même période en 2012. | 1,87 milliard de dollars | 2013-01/2013-06
            Жорий йил январь ойида экспорт ҳажми 250 миллион доллардан ошди.\\n\\nБу 2024 йилнинг шу даврига нисбатан 31,4 миллион долларга кўпдир. | 250 миллион доллардан | 2025-01
            Trade reached $300 million in January this year.\\n\\nExports grew compared to the same period of 2024. Last year exports reached $90 million. | $90 million | 2024
            """)
    void shouldAnchorAnUndatedTextByTheYearItsComparisonImplies(String body, String text, String period) {
        assertThat(figure("", body.replace("\\n", "\n"), null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In the first half of 2024 exports rose. Imports reached $8.5 billion, while in 2023 they were $9.4 billion. Trade with China was $13.1 billion. | 2024-08-01 | $13.1 billion | 2024-01/2024-06
            Last year, trade came close to $19.7 billion, while Turkish firms have invested $9 billion in the country's economy to date. | 2024-11-27 | $9 billion | 2024-11
            L'an dernier, le commerce a atteint 28,5 milliards de dollars, alors que les entreprises russes ont investi 13 milliards de dollars à ce jour. | 2024-11-27 | 13 milliards de dollars | 2024-11
            Au premier semestre 2024, les exportations ont augmenté. Les importations ont atteint 8,5 milliards, alors qu'en 2023 elles étaient de 9,4 milliards. Le commerce avec la Chine a atteint 13,1 milliards de dollars. | 2024-08-01 | 13,1 milliards de dollars | 2024-01/2024-06
            В первом полугодии 2024 года экспорт вырос. Импорт составил 8,5 млрд долларов, тогда как в 2023 году он был 9,4 млрд долларов. Товарооборот с Китаем составил 13,1 млрд долларов. | 2024-08-01 | 13,1 млрд долларов | 2024-01/2024-06
            """)
    void shouldNotCarryThePeriodOfAClauseOfContrast(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade reached $3.8 billion from January through April 2024.\\n\\nRussia is the second partner.\\n\\nChina is the first.\\n\\nIn the period under review, exports totaled $1 billion. | 2024-05-27 | $1 billion | 2024-01/2024-04
            Товарооборот составил 3,8 млрд долларов в январе-апреле 2024 года.\\n\\nРоссия второй партнер.\\n\\nКитай первый.\\n\\nЗа рассматриваемый период экспорт составил 1 млрд долларов. | 2024-05-27 | 1 млрд долларов | 2024-01/2024-04
            Le commerce a atteint 3,8 milliards de dollars de janvier à avril de cette année, contre les quatre premiers mois de 2023.\\n\\nLa Russie est le deuxième partenaire.\\n\\nLa Chine est la première.\\n\\nSur la période examinée, les exportations ont atteint 1 milliard de dollars. | null | 1 milliard de dollars | 2024-01/2024-04
            Some 1,100 joint enterprises are working in Uzbekistan today.                                                    | 2022-12-21 | 1,100 joint | 2022-12
            """)
    void shouldTakeThePeriodUnderReviewAndTheDayOfWriting(String body, String published, String text, String period) {
        assertThat(figure("", body.replace("\\n", "\n"), published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Le commerce extérieur de janvier à octobre | Le commerce a atteint 66,5 milliards de dollars, en hausse de 21,5 % par rapport aux dix premiers mois de 2024.\\n\\nLes analystes notent 210 partenaires.\\n\\nLa Chine est en tête.\\n\\nLa Russie suit.\\n\\nViennent ensuite le Kazakhstan avec 3,9 milliards de dollars. | 3,9 milliards de dollars | 2025-01/2025-10
            Foreign trade from January to October | Trade reached $66.5 billion, up 21.5% compared with the same period of 2024.\\n\\nAnalysts count 210 partners.\\n\\nChina leads.\\n\\nRussia follows.\\n\\nKazakhstan comes next with $3.9 billion. | $3.9 billion | 2025-01/2025-10
            Внешняя торговля за январь-октябрь | Товарооборот составил 66,5 млрд долларов, что на 21,5% больше, чем за аналогичный период 2024 года.\\n\\nАналитики насчитали 210 партнеров.\\n\\nКитай лидирует.\\n\\nРоссия следует за ним.\\n\\nДалее идет Казахстан с 3,9 млрд долларов. | 3,9 млрд долларов | 2025-01/2025-10
            Foreign trade from January to October | Trade reached $66.5 billion in the first ten months.\\n\\nAnalysts count 210 partners.\\n\\nChina leads.\\n\\nRussia follows.\\n\\nKazakhstan comes next with $3.9 billion. | $3.9 billion | null
            """)
    void shouldResolveAnUndatedTextAgainstTheYearItsComparisonsImply(String title, String body, String text,
                                                                     String period) {
        assertThat(figure(title, body.replace("\\n", "\n"), null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2023 trade between the two countries reached $6 billion. The total amount of investments of South Korean companies in Kazakhstan surpassed $8 billion. | 2024-03-05 | $8 billion | null
            В 2024 году товарооборот достиг 28 млрд долларов. Россия входит в число крупнейших инвесторов в Казахстан, вложив в его экономику более 26 млрд долларов. | 2025-03-05 | 26 млрд долларов | null
            En 2022, le commerce a atteint 17 milliards de dollars. Les investissements directs de la Turquie en Ouzbékistan ont dépassé 12 milliards de dollars. | 2023-11-13 | 12 milliards de dollars | null
            In 2023 trade between the two countries reached $6 billion. In 2023 Korean companies invested $1.2 billion in Kazakhstan.              | 2024-03-05 | $1.2 billion | 2023
            В 2024 году товарооборот достиг 28 млрд долларов. За прошлый год российские инвестиции в Казахстан составили 4 млрд долларов.          | 2025-03-05 | 4 млрд долларов | 2024
            """)
    void shouldGiveAnUndatedInvestmentStockNoPeriodFromTheSentencesBefore(String body, String published, String text,
                                                                          String period) {
        // A stock with no time word has none (team a); every sum invested that its sentence leaves undated is so
        // labelled, however the sentences before are dated.
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} under \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade reached $66.5 billion in January-October 2025, up 21.5% compared with January-October 2024 | Exports amounted to $29 billion. | $29 billion | 2025-01/2025-10
            Les échanges ont atteint 48,2 milliards de dollars de janvier à octobre 2025, soit 14 % de plus par rapport à janvier-octobre 2024 | Les exportations ont totalisé 21 milliards de dollars. | 21 milliards de dollars | 2025-01/2025-10
            Товарооборот за январь-октябрь 2025 года составил 66,5 млрд долларов, увеличившись на 21,5% по сравнению с январем-октябрем 2024 года | Экспорт составил 29 млрд долларов. | 29 млрд долларов | 2025-01/2025-10
            Trade grew by 21.5% compared with 2024                                                             | Exports amounted to $29 billion. | $29 billion | null
            Les échanges ont augmenté de 21,5 % par rapport à 2024                                             | Les exportations se sont élevées à 29 milliards de dollars. | 29 milliards de dollars | null
            Товарооборот вырос на 21,5% по сравнению с 2024 годом                                              | Экспорт составил 29 млрд долларов. | 29 млрд долларов | null
            """)
    void shouldCarryTheHeadlinesOwnPeriodNotTheOneItComparesWith(String title, String body, String text,
                                                                String period) {
        // The labels carry a period "from the sentence or headline that sets it": a period the headline compares with
        // is the base of its figures, which the headline does not set for the article.
        assertThat(figure(title, body, "2025-11-20", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Exports reached $1.2 billion in H1 2024.                                     | 2024-10-15 | $1.2 billion      | 2024-01/2024-06
            Январь ойида товар айирбошлаш ҳажми 300 миллион доллардан ошди.               | 2025-03-10 | 300 миллион доллардан | 2025-01
            Yanvar oyida tovar ayirboshlash hajmi 300 million dollardan oshdi.           | 2025-03-10 | 300 million dollardan | 2025-01
            Shipments abroad came to $1.2 billion over the first nine months of the current year.   | 2024-10-15 | $1.2 billion      | 2024-01/2024-09
            Exports reached $1.2 billion in the past year.                               | 2024-10-15 | $1.2 billion      | 2023
            A year ago, exports reached $1.2 billion.                                    | 2024-10-15 | $1.2 billion      | 2023
            Trade reached $10 billion in 2023, compared with $8 billion a year earlier.  | 2024-11-20 | $8 billion        | 2022
            Les échanges ont atteint 5 milliards de dollars en 2023, contre 4 milliards un an plus tôt. | 2024-05-20 | 4 milliards | 2022
            The corridor handled 2.7 million tons in 2023, up 86% from 2022.             | 2024-05-20 | 86%               | 2023
            Товарооборот в 2023 году составил 5 млрд долларов, годом ранее - 4 млрд долларов. | 2024-11-20 | 4 млрд долларов | 2022
            As of October 1, 2024, there were 2,500 joint ventures.                      | 2024-11-20 | 2,500 joint       | 2024-10
            Торговля растет. С 1 января по 30 сентября 2024 года экспорт составил 1,2 млрд долларов. | 2024-11-20 | 1,2 млрд долларов | 2024-01/2024-09
            Le commerce croît. Du 1er janvier au 30 septembre 2024, les exportations ont atteint 1,2 milliard de dollars. | 2024-11-20 | 1,2 milliard de dollars | 2024-01/2024-09
            Trade grows. From January 1 to September 30, 2024, exports reached $1.2 billion. | 2024-11-20 | $1.2 billion      | 2024-01/2024-09
            In Jan.-Aug. 2021, exports reached $1.2 billion.                             | 2024-11-20 | $1.2 billion      | 2021-01/2021-08
            В течение 9 месяцев 2024 года экспорт составил 1,2 млрд долларов.            | 2024-11-20 | 1,2 млрд долларов | 2024-01/2024-09
            Between January and September 2024, exports reached $1.2 billion.           | 2024-12-15 | $1.2 billion      | 2024-01/2024-09
            Between January and September, exports reached $1.2 billion.                | 2024-10-15 | $1.2 billion      | 2024-01/2024-09
            Entre janvier et septembre 2024, les exportations ont atteint 1,2 milliard de dollars. | 2024-12-15 | 1,2 milliard de dollars | 2024-01/2024-09
            Между январем и сентябрем 2024 года экспорт составил 1,2 млрд долларов.      | 2024-12-15 | 1,2 млрд долларов | 2024-01/2024-09
            Between September 2024 and July 2025, wheat exports reached 12.4 million tons. | 2025-08-20 | 12.4 million tons | 2024-09/2025-07
            Entre septembre 2024 et juillet 2025, le Kazakhstan a exporté 12,4 millions de tonnes. | 2025-08-20 | 12,4 millions de tonnes | 2024-09/2025-07
            Между сентябрем 2024 года и июлем 2025 года экспорт составил 12,4 млн тонн.  | 2025-08-20 | 12,4 млн тонн     | 2024-09/2025-07
            С сентября 2024 года по июль 2025 года экспорт составил 12,4 млн тонн.       | 2025-08-20 | 12,4 млн тонн     | 2024-09/2025-07
            From December 2023 to February 2024, exports reached $1.2 billion.           | 2024-05-20 | $1.2 billion      | 2023-12/2024-02
            In September 2024 and in July 2025, exports reached $1.2 billion each.       | 2025-08-20 | $1.2 billion      | 2025-07
            Год назад экспорт составил 1,2 млрд долларов.                                | 2024-10-15 | 1,2 млрд долларов | 2023
            Il y a un an, les exportations atteignaient 1,2 milliard de dollars.         | 2024-10-15 | 1,2 milliard de dollars | 2023
            Экспорт составил 1,2 млрд долларов в 1-м полугодии 2024 года.                 | 2024-10-15 | 1,2 млрд долларов | 2024-01/2024-06
            Во 2-м квартале экспорт составил 1,2 млрд долларов.                          | 2024-10-15 | 1,2 млрд долларов | 2024-04/2024-06
            За 2 квартала текущего года экспорт составил 1,2 млрд долларов.              | 2024-10-15 | 1,2 млрд долларов | 2024-01/2024-06
            Exports reached $1.2 billion in the first three quarters of 2024.            | 2024-10-15 | $1.2 billion      | 2024-01/2024-09
            Les exportations ont atteint 1,2 milliard de dollars au 3e trimestre 2024.  | 2024-10-15 | 1,2 milliard de dollars | 2024-07/2024-09
            """)
    void shouldReadQuartersAndHalvesWrittenWithNumbers(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2018 Kazakhstan was 39th. Compared with 2018, the index grew by 10.2 percent.            | 2020-07-13 | 10.2 percent | null
            В 2018 году Казахстан был на 39-м месте. По сравнению с 2018 годом индекс вырос на 10,2 процента. | 2020-07-13 | 10,2 процента | null
            En 2018, le Kazakhstan était 39e. Par rapport à 2018, l'indice a augmenté de 10,2 %.        | 2020-07-13 | 10,2 %       | null
            """)
    void shouldNotCarryThePeriodASentenceComparesWith(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade exceeded $1 billion and surpassed the indicators of 2020.               | 2021-10-07 | $1 billion      | null
            Товарооборот превысил 1 млрд долларов и превзошел показатели 2020 года.       | 2021-10-07 | 1 млрд долларов | null
            Le commerce a atteint 1 milliard de dollars et dépassé le niveau de 2020.    | 2021-10-07 | 1 milliard de dollars | null
            Trade exceeded $1 billion in 2021.                                            | 2021-10-07 | $1 billion      | 2021
            Торговля растет. В первом полугодии 2025 года товарооборот составил 5 млрд долларов. Это на 20% превышает показатели прошлого года. | 2025-07-01 | 20% | 2025-01/2025-06
            Trade grows. In the first half of 2025 trade reached $5 billion. This is 20% more than last year's figures. | 2025-07-01 | 20% | 2025-01/2025-06
            Trade grows. In the first half of 2025 trade reached $5 billion, 20% above the 2024 level.              | 2025-07-01 | 20% | 2025-01/2025-06
            Trade grows. In the first half of 2025 trade reached $5 billion, outpacing last year by 20%.            | 2025-07-01 | 20% | 2025-01/2025-06
            Торговля растет. В первом полугодии 2025 года товарооборот составил 5 млрд долларов. Рост к уровню прошлого года составил 20%. | 2025-07-01 | 20% | 2025-01/2025-06
            Le commerce croît. Au premier semestre 2025, les échanges ont atteint 5 milliards de dollars, soit 20 % de plus qu'un an auparavant. | 2025-07-01 | 20 % | 2025-01/2025-06
            Le commerce croît. En 2024, il a rappelé qu'en 2023 les échanges ont atteint 5 milliards de dollars.    | 2025-07-01 | 5 milliards de dollars | 2023
            """)
    void shouldReadAPeriodAFigureSurpassesAsItsBase(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            For 8 months of 2018, trade turnover decreased by 3.4 percent and amounted to $1.5 billion.          | null | $1.5 billion | 2018-01/2018-08
            За 8 месяцев 2018 года, по данным ведомства, товарооборот составил 1,5 млрд долларов.                | null | 1,5 млрд долларов | 2018-01/2018-08
            Pour les 8 premiers mois de 2018, les échanges ont atteint 1,5 milliard de dollars.                  | null | 1,5 milliard de dollars | 2018-01/2018-08
            """)
    void shouldNotTakeASpanOpeningTheTextForADateline(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade reached $621.4 million in January – June 2022, compared to $519.02 million during the same months of 2021. | null | $519.02 million | 2021-01/2021-06
            Trade grows. In January-June 2022 trade reached $1 billion. Exports came to $288.6 million during the period, up from $271.3 million during the same period of 2021. | null | $271.3 million | 2021-01/2021-06
            Le commerce a atteint 2 milliards de dollars au premier semestre 2024, contre 1,8 milliard de dollars au cours de la même période de 2023. | 2024-08-01 | 1,8 milliard de dollars | 2023-01/2023-06
            Товарооборот за январь-июнь 2024 года составил 2 млрд долларов против 1,8 млрд долларов за аналогичный период 2023 года. | 2024-08-01 | 1,8 млрд долларов | 2023-01/2023-06
            Imports dropped 18% to $121.5 million in January-October 2023, in contrast to the $148.2 million registered in the same timeframe in 2022. | null | $148.2 million | 2022-01/2022-10
            Exports totaled $712.4 million from January through October 2023, up 9.8% compared with the corresponding period last year, which came to $648.8 million. | 2023-11-22 | $648.8 million | 2022-01/2022-10
            Le commerce a atteint 939 millions de dollars de janvier à octobre 2023, soit 12 % de plus qu'à la même période de l'année précédente, qui était de 835 millions de dollars. | 2023-11-22 | 835 millions de dollars | 2022-01/2022-10
            Товарооборот за январь-октябрь 2023 года составил 939 млн долларов, что на 12% больше аналогичного периода прошлого года, когда он составлял 835 млн долларов. | 2023-11-22 | 835 млн долларов | 2022-01/2022-10
            Trade grows. In January-October 2023 trade reached $939 million. Exports topped $602.3 million in the period, a 17.4% rise from the corresponding period in 2022, when they came to $513.1 million. | null | $513.1 million | 2022-01/2022-10
            Trade grows. In January-October 2023 trade reached $939 million. Exports topped $602.3 million in the period, a 17.4% rise from the corresponding period in 2022, when they came to $513.1 million. | null | 17.4%          | 2023-01/2023-10
            In January-October 2023, Tajikistan made 3.104 million tons of steel, a 6.2-percent rise compared with the same period in 2022 when 2.923 million tons were made. | 2023-12-18 | 2.923 million tons | 2022-01/2022-10
            In January-October 2023, Tajikistan made 3.104 million tons of steel, a 6.2-percent rise compared with the same period in 2022 when 2.923 million tons were made. | 2023-12-18 | 3.104 million tons | 2023-01/2023-10
            En 2024, le commerce a totalisé 47,2 millions de dollars. Ce chiffre progresse par rapport à 2023, où le commerce s’élevait à 36,8 millions de dollars. | 2025-04-10 | 36,8 millions de dollars | 2023
            En janvier-octobre 2023, la fabrication a progressé de 6,2 % comparé à la même période de 2022 où elle atteignait 2,9 millions de tonnes. | 2023-12-18 | 2,9 millions de tonnes | 2022-01/2022-10
            В январе-октябре 2023 года выпуск вырос на 7,5% по сравнению с январем-октябрем 2022 года, когда было произведено 2,4 млн тонн. | 2023-12-18 | 2,4 млн тонн | 2022-01/2022-10
            В 2024 году товарооборот вырос на 10% по сравнению с 2023 годом, когда он составил 4,5 млрд долларов. | 2025-03-01 | 4,5 млрд долларов | 2023
            В 2024 году товарооборот вырос на 10% по сравнению с 2023 годом, когда он составил 4,5 млрд долларов. | 2025-03-01 | 10%          | 2024
            In 2024 trade reached $5 billion, up 10% from 2023, which was a record year with $4.5 billion. | 2025-03-01 | $5 billion | 2024
            """)
    void shouldDateTheFigureOfASamePeriodBaseByTheMonthsTheTextSet(String body, String published, String text,
                                                                 String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Starting in 2023, Kazakhstan ships oil through Baku. Exports of oil reached 1.5 million tons.                  | null       | 1.5 million tons       | null
            From this year onwards, gold is sent to the UK. Exports of gold reached 1.5 million tons.                      | 2018-11-15 | 1.5 million tons       | null
            À partir de 2023, le Kazakhstan expédie du pétrole via Bakou. Les exportations de pétrole ont atteint 1,5 million de tonnes. | null | 1,5 million de tonnes | null
            Начиная с 2023 года Казахстан отправляет нефть через Баку. Экспорт нефти составил 1,5 млн тонн.               | null       | 1,5 млн тонн           | null
            Between September 2024 and April 2025, Russia shipped 6.1 million tons of barley. That is 41% more compared with the same period of the previous 2023-2024 season. Turkey bought 2.2 million tons of barley. | null | 2.2 million tons | 2024-09/2025-04
            Trade came to $4.3 billion from January through June 2024. That is 21.7 percent more than in January of June 2023. Turkey's share in the trade is 12.4 percent. | null | 12.4 percent | 2024-01/2024-06
            Sur les sept premiers mois de 2024, les échanges extérieurs ont totalisé 28,4 milliards de dollars. La hausse est plus faible comparée à celle de l'année précédente. Les ventes de cuivre ont reculé de 19,3 %. | 2024-08-28 | 19,3 % | 2024-01/2024-07
            В январе-июне 2024 года товарооборот составил 5,7 млрд долларов. Рост скромнее по сравнению с прошлым 2023 годом. Экспорт золота упал на 25,6%. | null | 25,6% | 2024-01/2024-06
            """)
    void shouldCarryNoPeriodFromAStartPointOrAComparisonBase(String body, String published, String text,
                                                            String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade grows. In the first quarter of 2024 the port handled 1.1 million tons. It processed 6,200 TEUs, which is 27 percent higher than in the first quarter of 2023. | null | 27 percent | 2024-01/2024-03
            Imports amounted to $258.6 million over H1 2022, compared to $168.5 million during H1 2021.      | null | $258.6 million | 2022-01/2022-06
            Exports in the initial ten months of 2023 exceeded $38.4 billion.                                   | null | $38.4 billion | 2023-01/2023-10
            """)
    void shouldTellABaseFromTheSpanAFigureCovers(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In the first half of 2024, trade between Turkmenistan and Uzbekistan amounted to $614.2 million. Turkmenistan's imports from Uzbekistan are estimated at $60.5 million. | 2024-07-23 | $60.5 million | 2024-01/2024-06
            Au premier semestre 2024, le commerce entre le Turkménistan et l'Ouzbékistan a atteint 614,2 millions de dollars. Les importations du Turkménistan en provenance d'Ouzbékistan sont estimées à 60,5 millions de dollars. | 2024-07-23 | 60,5 millions de dollars | 2024-01/2024-06
            В первом полугодии 2024 года товарооборот Туркменистана и Узбекистана составил 614,2 млн долларов. Импорт Туркменистана из Узбекистана оценивается в 60,5 млн долларов. | 2024-07-23 | 60,5 млн долларов | 2024-01/2024-06
            In the first half of 2024, trade reached $614.2 million. The new terminal is estimated at $60.5 million. | 2024-07-23 | $60.5 million | null
            """)
    void shouldCarryThePeriodToATradeFlowEstimatedAtASum(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January-June 2021, Armenia's external trade came to $3.1 billion. The trade deficit meanwhile was $1.2 billion, constituting 38.7% of total trade in January-June 2021. | 2021-07-13 | $1.2 billion | 2021-01/2021-06
            En janvier-juin 2021, le commerce extérieur a atteint 6,2 milliards de dollars. Le déficit commercial s'est élevé à 2,4 milliards de dollars, soit 39,2 % du chiffre d'affaires en janvier-juin 2021. | 2021-07-13 | 2,4 milliards de dollars | 2021-01/2021-06
            В январе-июне 2021 года внешнеторговый оборот составил 6,2 млрд долларов. Дефицит торговли составил 2,4 млрд долларов, или 39,2% товарооборота за январь-июнь 2021 года. | 2021-07-13 | 2,4 млрд долларов | 2021-01/2021-06
            In January-June 2021, Armenia's external trade came to $3.1 billion. The trade deficit meanwhile was $1.2 billion, constituting 38.7% of total trade in 2020. | 2021-07-13 | $1.2 billion | null
            """)
    void shouldGoOnWithThePeriodSetBeforeWhenAnotherClauseRestatesIt(String body, String published, String text,
                                                                    String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The company restarted imports in April 2019. Supplies from April 15 to June 30 totaled 1.2 billion cubic meters. Until 2009, it was the main buyer of Uzbek gas, taking up to 30 billion cubic meters a year. | 2019-07-03 | 30 billion cubic meters | null
            La société a relancé ses importations en avril 2019. Les livraisons d'avril à juin ont totalisé 1,2 milliard de mètres cubes. Jusqu'en 2009, elle importait jusqu'à 30 milliards de mètres cubes de gaz ouzbek par an. | 2019-07-03 | 30 milliards de mètres cubes | null
            Газпром возобновил закупки в апреле 2019 года. С апреля по июнь поставки составили 1,2 млрд кубометров. До 2009 года Газпром закупал до 40 млрд кубометров туркменского газа в год. | 2019-07-03 | 40 млрд кубометров | null
            """)
    void shouldNotCarryAPeriodIntoASentenceBoundedByAYearOfItsOwn(String body, String published, String text,
                                                                  String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            В прошлом году Турция стала главным партнером. Экспорт Турции в регион достиг 18,6 миллиарда долларов, что на 9% больше, чем годом ранее. | 2026-01-19 | 18,6 миллиарда долларов | 2025
            Last year China became the largest partner. China's exports to Central Asia reached $71.2 billion, 11% more than a year earlier. | 2026-01-19 | 11% | 2025
            L'an dernier, la Chine est devenue le premier partenaire. Les exportations chinoises vers l'Asie centrale ont atteint 71,2 milliards de dollars, soit 11 % de plus qu'un an plus tôt. | 2026-01-19 | 71,2 milliards de dollars | 2025
            """)
    void shouldCarryThePeriodPastABaseAYearBeforeIt(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2022- yilning yanvar-sentabr oylari davomida jami 54,9 mln. tonna yuklar joʻnatilgan.        | null | 54,9 mln. tonna | 2022-01/2022-09
            2024-yil yanvar-oktyabr oylarida tovar ayirboshlash 5 mlrd dollarni tashkil etdi.           | null | 5 mlrd dollarni | 2024-01/2024-10
            2024 йилнинг январь-октябрь ойларида товар айирбошлаш 5 млрд долларни ташкил этди.        | null | 5 млрд долларни | 2024-01/2024-10
            Eksport 2024-yilning dastlabki sakkiz oyida qariyb 19 foizga oshdi.                           | null | 19 foizga       | 2024-01/2024-08
            2024 жылдың қаңтар-қыркүйек айларында тауар айналымы 5 млрд долларды құрады.                | null | 5 млрд долларды | 2024-01/2024-09
            2024 жылғы 9 айда тауар айналымы 5 млрд долларды құрады.                                    | null | 5 млрд долларды | 2024-01/2024-09
            2024 жылғы қаңтар-қыркүйекте тауар айналымы 5 млрд долларды құрады.                         | null | 5 млрд долларды | 2024-01/2024-09
            2024 yilning birinchi yarmida tovar ayirboshlash 5 mlrd dollarni tashkil etdi.              | null | 5 mlrd dollarni | 2024-01/2024-06
            2024-yilning birinchi choragida tovar ayirboshlash 5 mlrd dollarni tashkil etdi.            | null | 5 mlrd dollarni | 2024-01/2024-03
            2024 жылдың бірінші тоқсанында тауар айналымы 5 млрд долларды құрады.                       | null | 5 млрд долларды | 2024-01/2024-03
            2024 йилнинг учинчи чорагида товар айирбошлаш 5 млрд долларни ташкил этди.                  | null | 5 млрд долларни | 2024-07/2024-09
            2024 йилнинг биринчи ярмида товар айирбошлаш 5 млрд долларни ташкил этди.                   | null | 5 млрд долларни | 2024-01/2024-06
            Joriy yilning yanvar-sentabr oylarida tovar ayirboshlash 5 mlrd dollarni tashkil etdi.      | 2024-10-15 | 5 mlrd dollarni | 2024-01/2024-09
            2024-yil yanvar-sentabr oylarida tovar ayirboshlash 5 mlrd dollarni tashkil etib, o'tgan yilning mos davriga nisbatan 12 foizga oshdi. | 2024-10-15 | 12 foizga | 2024-01/2024-09
            2024 жылдың 9 айында тауар айналымы 5 млрд долларды құрап, өткен жылдың сәйкес кезеңімен салыстырғанда 12%-ға өсті. | 2024-10-15 | 12% | 2024-01/2024-09
            """)
    void shouldReadTurkicMonthsWrittenAfterTheirYear(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-d: a figure stated since a start date up to now takes the range to the publication month; gold-m labels
    // "2020 жылдан бері ... 70 пайыз артып" so. Kazakh and Uzbek write "since" after the year.
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2020 жылдан бері транзиттік жүк көлемі 55 пайыз артты.                                | 2025-01-31 | 55 пайыз    | 2020-01/2025-01
            2005 жылдан бері түрік компаниялары Қазақстанға 14 миллиард доллар инвестиция салды. | 2025-08-30 | 14 миллиард доллар | 2005-01/2025-08
            2020 yildan beri savdo aylanmasi 70 foizga oshdi.                                     | 2025-08-30 | 70 foizga   | 2020-01/2025-08
            2020 йилдан бери савдо айланмаси 70 фоизга ошди.                                      | 2025-08-30 | 70 фоизга   | 2020-01/2025-08
            2020 жылдан бері транзиттік жүк көлемі 55 пайыз артты.                                | null       | 55 пайыз    | null
            Since 2020, container traffic has grown by 70 percent.                                  | 2025-01-31 | 70 percent  | 2020-01/2025-01
            С 2020 года контейнерные перевозки выросли на 70%.                                      | 2025-01-31 | 70%         | 2020-01/2025-01
            Depuis 2020, le trafic de conteneurs a progressé de 70 %.                               | 2025-01-31 | 70 %        | 2020-01/2025-01
            """)
    void shouldRunASpanFromAYearWrittenBeforeSinceToThePublicationMonth(String body, String published, String text,
                                                                       String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-m: "a container level reached `since 2020` (`718 мың ЖФЭ құраған`) takes the last whole year (2024), its
    // growth the span to the publication month"; a total carried since a year keeps the span (gold-d).
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Since 2020, container traffic between Kazakhstan and China has grown by 70 percent and reached 718,000 TEU.    | 2025-01-31 | 718,000 TEU    | 2024
            С 2020 года контейнерные перевозки между Казахстаном и Китаем выросли на 70% и составили 718 тысяч ДФЭ.       | 2025-01-31 | 718 тысяч ДФЭ  | 2024
            Depuis 2020, le trafic de conteneurs entre le Kazakhstan et la Chine a progressé de 70 % pour atteindre 718 000 EVP. | 2025-01-31 | 718 000 EVP | 2024
            2020 жылдан бері транзиттік тасымал көлемі 55 пайыз артып, 640 мың ЖФЭ құраған.                                 | 2025-01-31 | 640 мың ЖФЭ    | 2024
            Since 1990, more than 400 million tonnes of cargo have been carried between Kazakhstan and China.              | 2025-06-15 | 400 million tonnes | 1990-01/2025-06
            Since January, transit freight has increased by 35 percent, totaling 7.2 million tons.                           | 2023-04-14 | 7.2 million tons | 2023-01/2023-04
            """)
    void shouldDateALevelAChangeSinceAYearReachedByTheLastWholeYear(String body, String published, String text,
                                                                    String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-m: "a season `Between September 2024 and early March` ends in March 2025": a last month written without its
    // year is the next such month after the first.
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Between September 2024 and early March, Kazakhstan exported 6.1 million tons of grain.              | null       | 6.1 million tons       | 2024-09/2025-03
            From March 2024 to September, Kazakhstan exported 6.1 million tons of grain.                        | null       | 6.1 million tons       | 2024-03/2024-09
            Between September 2024 and early March 2025, Kazakhstan exported 6.1 million tons of grain.         | null       | 6.1 million tons       | 2024-09/2025-03
            С сентября 2024 года по начало марта Казахстан экспортировал 6,1 млн тонн зерна.                   | null       | 6,1 млн тонн           | 2024-09/2025-03
            С сентября 2024 года Казахстан экспортировал 6,1 млн тонн зерна.                                   | 2025-06-15 | 6,1 млн тонн           | 2024-09/2025-06
            Entre septembre 2024 et début mars, le Kazakhstan a exporté 6,1 millions de tonnes de céréales.    | null       | 6,1 millions de tonnes | 2024-09/2025-03
            De septembre 2024 à mars, le Kazakhstan a exporté 6,1 millions de tonnes de céréales.              | null       | 6,1 millions de tonnes | 2024-09/2025-03
            """)
    void shouldEndASpanAtTheNextMonthNamedWithoutItsYear(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-m: "transit times of a corridor are `days`, `other`, with the corridor as subject and `null`", also when the
    // text says "now"; a count said "now" keeps the publication month (team a's stock stated as current).
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Cargo delivery time along the Middle Corridor is now 18-23 days.                        | 2025-06-15 | 18             | null
            Срок доставки грузов по Среднему коридору сейчас составляет 18-23 дня.                  | 2025-06-15 | 18             | null
            Le délai de livraison sur le corridor médian est actuellement de 18 à 23 jours.         | 2025-06-15 | 18             | null
            Currently 1,200 joint ventures with Russian capital operate in Uzbekistan.              | 2025-06-15 | 1,200 joint    | 2025-06
            """)
    void shouldGiveNoMonthToATransitTimeSaidAsItStandsNow(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-m: "a level stated per year (`4.5 million tons annually`) [is] `null`"; team a and NOTES-b: a volume stated
    // as yearly has no period. The period set before stays with figures that are no yearly rate.
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Oil output began in 2013. Every year, Kazakhstan produces 82 million tons of oil.               | null       | 82 million tons      | null
            In 2022 Iran's trade grew. Iran produces 150 million tons of farm products a year.              | null       | 150 million tons     | null
            Добыча началась в 2013 году. Ежегодно Казахстан добывает 82 млн тонн нефти.                     | null       | 82 млн тонн          | null
            В 2022 году торговля выросла. Иран производит 150 млн тонн сельхозпродукции в год.              | null       | 150 млн тонн         | null
            L'usine a démarré en 2013. Chaque année, l'Ouzbékistan produit 64 millions de tonnes.          | null       | 64 millions de tonnes | null
            En 2022, le commerce a progressé. L'Iran produit 150 millions de tonnes de produits par an.     | null       | 150 millions de tonnes | null
            In 2022 trade grew fast. Exports reached $3 billion, up 12% from a year earlier.                 | 2023-02-01 | $3 billion           | 2022
            In 2022 trade grew fast. Exports reached $3 billion, 12% more than a year before.               | 2023-02-01 | 12%                  | 2022
            """)
    void shouldGiveNoPeriodFromTheSentencesBeforeToALevelStatedPerYear(String body, String published, String text,
                                                                       String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-m: "contracts signed at a dated business forum are `other` with both parties and the month of the forum".
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Uzbek and Kyrgyz businesses signed contracts worth $1.3 billion, the minister said at the forum on May 3. | 2023-05-20 | $1.3 billion | 2023-05
            Uzbek and Kyrgyz businesses signed contracts worth $1.3 billion.                                          | 2023-05-20 | $1.3 billion | 2023-05
            Казахстанские и таджикские предприниматели подписали контракты на $1,3 млрд, сообщил министр на форуме 3 мая. | 2023-05-20 | $1,3 млрд    | 2023-05
            Des entrepreneurs kazakhs et tadjiks ont signé des contrats d'une valeur de 1,3 milliard de dollars.          | 2023-05-20 | 1,3 milliard de dollars | 2023-05
            Uzbek and Kyrgyz businesses signed contracts worth $1.3 billion.                                          | null       | $1.3 billion | null
            """)
    void shouldDateTheWorthOfPapersSignedByTheSigning(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-e and gold-j: "for the past ten years" in an article of January 2024 is 2014-01/2023-12; a multiple over the
    // past seven years in March 2026 takes 2019-01/2025-12, and the levels it goes from and to keep none; a rate over
    // the span takes it too (LABEL-FIXES 2026-12-03).
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Over the past seven years, freight on the route increased 5 times, from 0.8 to 4.5 million tons.       | 2026-03-11 | 5 times          | 2019-01/2025-12
            Over the past seven years, freight on the route increased 5 times, from 0.8 to 4.5 million tons.       | 2026-03-11 | 4.5 million tons | null
            Over the past seven years, freight on the route increased 5 times, from 0.8 to 4.5 million tons.       | null       | 5 times          | null
            За последние четыре года товарооборот Китая со странами Центральной Азии увеличился в 2,8 раза.          | 2025-08-13 | 2,8 раза         | 2021-01/2024-12
            За последние семь лет объем перевозок по маршруту вырос в пять раз.                                      | 2026-03-11 | пять раз         | 2019-01/2025-12
            Au cours des cinq dernières années, le trafic de conteneurs en transit a été multiplié par 3,7.         | 2023-10-02 | 3,7              | 2018-01/2022-12
            Over the past five years, mutual trade has increased from $5.7bn to $11bn.                               | 2024-08-08 | $11bn            | null
            Соңғы 5 жылда порттарда жүк айналымы 1,3 есе өскен.                                                        | 2025-01-31 | 1,3 есе          | 2020-01/2024-12
            So'nggi 5 yilda savdo hajmi 1,5 barobar oshdi.                                                          | 2025-01-31 | 1,5 barobar      | 2020-01/2024-12
            Over the past five years, freight between Kazakhstan and China grew 1.5 times, or by 10.5 million tons.  | 2025-01-31 | 10.5 million tons | 2020-01/2024-12
            За последние пять лет перевозки между Казахстаном и Китаем выросли в 1,5 раза, или на 10,5 млн тонн.     | 2025-01-31 | 10,5 млн тонн    | 2020-01/2024-12
            Соңғы 5 жылда порттарда жүк айналымы 1,3 есе немесе 7,2 млн тоннаға өскен.                                 | 2025-01-31 | 7,2 млн тоннаға | 2020-01/2024-12
            Over the last three years, economic growth has held at about nine percent.                             | 2025-03-17 | nine percent     | 2022-01/2024-12
            """)
    void shouldDateAMultipleOverThePastYearsByTheWholeYearsBeforeTheYearOfWriting(String body, String published,
                                                                                  String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // The standard: "a change against the same period last year has the period of the figure it describes". Kazakh
    // and Uzbek name the base as the year's level or indicator in the ablative ("2024 жылғы деңгейден", "from the
    // 2024 level") after the year: the year is the base, and the figure keeps the period its paragraph set.
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2025 жылдың қорытындысы бойынша тасымал 320 млн тоннаға жетті. Экспорт 76,5 млн тоннаға дейін ұлғайып, 2024 жылғы деңгейден 6,4%-ға асты. | 2026-01-15 | 6,4%             | 2025
            2025 жылдың қорытындысы бойынша тасымал 320 млн тоннаға жетті. Экспорт 76,5 млн тоннаға дейін ұлғайып, 2024 жылғы деңгейден 6,4%-ға асты. | 2026-01-15 | 76,5 млн тоннаға | 2025
            2025 жылдың қорытындысы бойынша тасымал 320 млн тоннаға жетті, бұл 2024 жылғы көрсеткіштен 5,5%-ға артық.       | 2026-01-15 | 5,5%             | 2025
            2025 жылдың қорытындысы бойынша тасымал 320 млн тоннаға жетті. Транзит 28 млн тоннаны құрады, бұл 2024 жылмен салыстырғанда 15,3%-ға артық. | 2026-01-15 | 28 млн тоннаны | 2025
            2025 yil yakunlariga ko'ra tashish 320 mln tonnaga yetdi. Eksport 89 mln tonnaga yetib, 2024 yilgi darajadan 7 foizga oshdi. | 2026-01-15 | 7 foizga | 2025
            In 2025 freight reached 320 million tons. Exports grew to 89.2 million tons, 7.2% above the 2024 level.          | 2026-01-15 | 7.2%             | 2025
            По итогам 2025 года перевозки достигли 320 млн тонн. Экспорт вырос до 89,2 млн тонн, на 7,2% выше уровня 2024 года. | 2026-01-15 | 7,2%           | 2025
            En 2025, le fret a atteint 320 millions de tonnes. Les exportations ont atteint 89,2 millions de tonnes, 7,2 % de plus qu'en 2024. | 2026-01-15 | 7,2 %   | 2025
            2025 жылдың қорытындысы бойынша тасымал 320 млн тоннаға жетті. 2024 жылғы деңгей 300 млн тонна болды.          | 2026-01-15 | 300 млн тонна    | 2024
            """)
    void shouldKeepTheParagraphPeriodWhenTurkicTextMeasuresFromAYearsLevel(String body, String published, String text,
                                                                         String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The partners plan to develop the Middle Corridor until 2027. The capacity of the route is expected to reach 10 million tons per year. | 2024-05-01 | 10 million tons | 2027
            Les pays prévoient de moderniser le corridor jusqu'en 2027. Ce programme portera la capacité de l'axe à 8 millions de tonnes par an. | null | 8 millions de tonnes | 2027
            Стороны намерены развивать Срединный коридор до 2027 года. Ожидается, что пропускная способность маршрута достигнет 10 млн тонн в год. | null | 10 млн тонн | 2027
            Up to 16 percent of shipments will shift to the corridor by 2030. This redirection is expected to boost transportation along the railway by 30 percent, experts said. | 2024-02-28 | 30 percent | 2030
            In 2023 trade reached $5 billion. The goal is to raise trade to $10 billion.                                             | 2024-02-28 | $10 billion | null
            """)
    void shouldDateATargetByTheDeadlineTheSentenceBeforeSets(String body, String published, String text,
                                                             String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // The standard: "a target with no year is null". A day before the goal ("at a meeting on September 7") dates the
    // meeting that set it, even in the publication month; a goal is set for a year, never for a day.
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Speaking at a meeting on September 7, the minister said rail shipments could reach 6 million tons per year.              | 2025-09-08 | 6 million tons     | null
            На встрече 7 сентября министр заявил, что перевозки по железной дороге могут достичь 6 млн тонн в год.                    | 2025-09-08 | 6 млн тонн         | null
            Lors d'une réunion le 7 septembre, le ministre a déclaré que le fret ferroviaire pourrait atteindre 6 millions de tonnes par an. | 2025-09-08 | 6 millions de tonnes | null
            Speaking at a meeting on September 7, the minister said rail shipments could reach 6 million tons per year by 2027.      | 2025-09-08 | 6 million tons     | 2027
            """)
    void shouldGiveATargetNoPeriodFromTheDayItWasSet(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            В сентябре 2003 года Россия подписала соглашение. В данный момент в Кыргызстане работают 40 российских компаний. | 2005-07-21 | 40 российских | 2005-07
            En mars 2001, la Turquie a conclu un accord. A présent, 40 entreprises turques opèrent en Ouzbékistan.       | 2005-07-21 | 40 entreprises | 2005-07
            En mars 2001, la Turquie a conclu un accord. En ce moment, 40 entreprises turques opèrent en Ouzbékistan.    | 2005-07-21 | 40 entreprises | 2005-07
            """)
    void shouldDateAStockStatedAsCurrentByThePublicationMonth(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            По итогам первого полугодия 2024 года экспорт составил 1,2 млрд долларов.   | null       | 1,2 млрд долларов | 2024-01/2024-06
            По итогам третьего квартала 2024 года экспорт составил 1,2 млрд долларов.   | null       | 1,2 млрд долларов | 2024-07/2024-09
            По итогам первого квартала экспорт составил 1,2 млрд долларов.              | 2024-10-15 | 1,2 млрд долларов | 2024-01/2024-03
            Экспорт вырос на 5% по сравнению с первым полугодием 2023 года.             | 2024-08-01 | 5%                | null
            За три квартала 2024 года экспорт составил 1,2 млрд долларов.               | null       | 1,2 млрд долларов | 2024-01/2024-09
            """)
    void shouldReadRussianQuartersAndHalvesInEveryCase(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            За 9 мес. 2024 г. экспорт составил 1,2 млрд долларов.                       | null | 1,2 млрд долларов | 2024-01/2024-09
            За 1 полугодие 2024 года экспорт составил 1,2 млрд долларов.                | null | 1,2 млрд долларов | 2024-01/2024-06
            Exports reached $1.2 billion in the January-September period of 2024.       | null | $1.2 billion      | 2024-01/2024-09
            """)
    void shouldReadTheSpanAndCountNoFigureInIt(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, null, null));
        assertThat(analysis.figures()).as("the number of months or the half is no figure").hasSize(1);
    }
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2024 жылғы 9 айда тауар айналымы 5 млрд долларды құрады.
            2024 yilning 9 oyi davomida tovar ayirboshlash 5 mlrd dollarni tashkil etdi.
            """)
    void shouldCountNoFigureInTheMonthsATurkicSpanNames(String body) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, null, null));
        assertThat(analysis.figures()).as("the number of months is no figure").hasSize(1);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Exports reached $1.2 billion in January-June 2024, versus $1 billion in the year-earlier period.      | 2024-08-01 | $1 billion | 2023-01/2023-06
            Exports reached $1.2 billion in January-June 2024, up from $1 billion in the year-ago period.         | 2024-08-01 | $1 billion | 2023-01/2023-06
            Exports reached $1.2 billion in January-June 2024, compared with $1 billion in the prior-year period. | 2024-08-01 | $1 billion | 2023-01/2023-06
            Exports reached $1.2 billion in January-June 2024, compared with $1 billion a year ago.              | 2024-08-01 | $1 billion | 2023-01/2023-06
            Экспорт в первом полугодии 2024 года составил 1,2 млрд долларов против 1 млрд долларов год назад.    | 2024-08-01 | 1 млрд долларов | 2023-01/2023-06
            Les exportations ont atteint 1,2 milliard de dollars au premier semestre 2024, contre 1 milliard il y a un an. | 2024-08-01 | 1 milliard | 2023-01/2023-06
            A year ago, exports reached $1.2 billion.                                                            | 2024-10-15 | $1.2 billion | 2023
            """)
    void shouldDateAFigureComparedWithTheYearAgoPeriod(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            So far this year, exports reached $1.2 billion.                     | 2024-10-15 | $1.2 billion | 2024-01/2024-10
            Exports reached $1.2 billion this year so far.                      | 2024-10-15 | $1.2 billion | 2024-01/2024-10
            Since early 2024, exports reached $1.2 billion.                     | 2024-10-15 | $1.2 billion | 2024-01/2024-10
            Since 2019, exports grew by 20%.                                    | 2024-10-15 | 20%          | 2019-01/2024-10
            Depuis 2007, plus de 2,6 milliards de dollars ont été investis.      | 2024-10-15 | 2,6 milliards de dollars | 2007-01/2024-10
            С 2023 года объем перевозок увеличился на 90 процентов.             | 2024-10-15 | 90 процентов | 2023-01/2024-10
            Since 2019, exports grew by 20%.                                    | null       | 20%          | null
            In 2024 exports grew by 20% since 2019.                             | 2024-10-15 | 20%          | 2024
            Yil boshidan buyon tovar ayirboshlash 5 mlrd dollarni tashkil etdi.  | 2024-10-15 | 5 mlrd dollarni | 2024-01/2024-10
            Жыл басынан бері тауар айналымы 5 млрд долларды құрады.              | 2024-10-15 | 5 млрд долларды | 2024-01/2024-10
            Йил бошидан буён товар айирбошлаш 5 млрд долларни ташкил этди.       | 2024-10-15 | 5 млрд долларни | 2024-01/2024-10
            """)
    void shouldReadTheYearSoFarAndSinceEarlyInAYear(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Au premier semestre 2024, les échanges ont atteint 5 milliards de dollars. Sur la même période de l'an dernier, ils s'élevaient à 4 milliards de dollars. | 2024-10-15 | 4 milliards de dollars | 2023-01/2023-06
            In the first half of 2024, trade reached $5 billion. In the same period last year, it stood at $4 billion. | 2024-10-15 | $4 billion | 2023-01/2023-06
            В первом полугодии 2024 года товарооборот составил 5 млрд долларов. За аналогичный период прошлого года он составлял 4 млрд долларов. | 2024-10-15 | 4 млрд долларов | 2023-01/2023-06
            In the first half of 2024, trade reached $5 billion. Compared to the same period last year, exports grew by 10%. | 2024-10-15 | 10% | 2024-01/2024-06
            Les échanges ont progressé de 25 % en glissement annuel, à 5 milliards de dollars, sur les neuf premiers mois de l'année. | 2024-10-15 | 5 milliards de dollars | 2024-01/2024-09
            """)
    void shouldDateASentenceThatOpensOnTheSamePeriodLastYearByThatPeriod(String body, String published, String text,
                                                                        String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            С января по октябрь текущего года Казахстан экспортировал овощи в такие страны:       | — Туркменистан – 24 тыс. тонн | 24 тыс. тонн | 2021-01/2021-10
            From January to October, Uzbekistan sent fruit to the following countries:           | - Turkmenistan: 24,000 tons   | 24,000 tons  | 2021-01/2021-10
            De janvier à octobre, l'Ouzbékistan a exporté des fruits vers les pays suivants :    | • Turkménistan : 24 000 tonnes | 24 000 tonnes | 2021-01/2021-10
            Uzbekistan sent fruit to the following countries.                                    | — Туркменистан – 24 тыс. тонн | 24 тыс. тонн | null
            """)
    void shouldDateEveryItemOfAListByThePeriodOfTheSentenceThatOpensIt(String intro, String last, String text,
                                                                       String period) {
        // Five items stand between the opening sentence and the one asked about: more than a period carries
        // to sentences that merely follow each other.
        String items = String.join("\n\n", "— Kazakhstan – 538 thousand tons", "— Russia – 341 thousand tons",
                "— Kyrgyzstan – 112 thousand tons", "— China – 65 thousand tons", "— Ukraine – 28 thousand tons");
        String body = intro + "\n\n" + items + "\n\n" + last;
        assertThat(figure("", body, "2021-11-22", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            В 2017 году товарооборот возрос на 80%, и в ближайшие два года стороны намерены довести его до $500 млн.   | 2018-02-27 | $500 млн     | null
            In 2017 trade grew by 80%, and the sides intend to bring it to $500 million in the next two years.       | 2018-02-27 | $500 million | null
            En 2017, les échanges ont progressé de 80 %, et les parties entendent les porter à 500 millions de dollars. | 2018-02-27 | 500 millions de dollars | null
            In 2017 trade grew by 80%, and the sides intend to bring it to $500 million by 2020.                     | 2018-02-27 | $500 million | 2020
            In 2018 trade is expected to reach $500 million.                                                        | 2018-02-27 | $500 million | 2018
            Trade grew 20 times by 2017. The sides aim to increase it to $500 million.                               | 2018-02-27 | $500 million | null
            Trade should grow 20 times by 2020. The sides aim to increase it to $500 million.                        | 2018-02-27 | $500 million | 2020
            """)
    void shouldNotDateAGoalByThePastPeriodItsSentenceNamesBeforeIt(String body, String published, String text,
                                                                   String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The export volume in 2020 came to $95 million and in 2021 it rose to $140 million.                     | $95 million | 2020
            Le volume des échanges en 2020 s'élevait à 120 millions de dollars et en 2021 il a atteint 180 millions de dollars. | 120 millions de dollars | 2020
            Товарооборот в 2020 году составил 120 млн долларов и в 2021 году достиг 180 млн долларов.                | 120 млн долларов | 2020
            The trade volume reached $180 million in 2021 and is expected to grow.                                   | $180 million | 2021
            """)
    void shouldLeaveAPeriodAfterAConjunctionToTheNextMemberOfTheSentence(String body, String text, String period) {
        assertThat(figure("", body, null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade between Kazakhstan and Russia reached $13 billion in 2006    | A few years ago we dreamed of $5 billion of trade.                | $5 billion       | null
            Trade between Kazakhstan and Russia reached $13 billion in 2006    | Several years ago exports stood at $2 billion.                    | $2 billion       | null
            Торговый оборот в 2006 году составил $13 млрд                       | Еще несколько лет назад нам казались мечтой 5 млрд долларов товарооборота, теперь он намного больше. | 5 млрд долларов | null
            Les échanges ont atteint 13 milliards de dollars en 2006            | Il y a quelques années, nous rêvions de 5 milliards de dollars d'échanges. | 5 milliards de dollars | null
            Trade between Kazakhstan and Russia reached $13 billion in 2006    | Exports stood at $2 billion.                                      | $2 billion       | 2006
            """)
    void shouldNotDateAFigureOfAFewYearsAgo(String title, String body, String text, String period) {
        assertThat(figure(title, body, "2007-03-16", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2022 the consortium shipped 60 million tons. The main shareholders are Transneft (24%) and KazMunayGas (19%).                 | 19%   | null
            En 2022, le consortium a expédié 60 millions de tonnes. Les principaux actionnaires sont Transneft (24 %) et KazMunayGas (19 %). | 19 %  | null
            В 2022 году консорциум отгрузил 60 млн тонн. Крупнейшие акционеры — Транснефть (24%) и КазМунайГаз (19%).                    | 19%   | null
            In 2022 the consortium shipped 60 million tons. Kazakhstan accounted for 19% of the shipments.                                 | 19%   | 2022
            """)
    void shouldNotDateAStakeInACompanyByThePeriodOfTheSentencesBefore(String body, String text, String period) {
        assertThat(figure("", body, "2023-03-01", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade neared $900 million (imports of $858 million, exports of $42 million) in January-May 2025.                    | $42 million  | 2025-01/2025-05
            Trade neared $900 million (imports of $858 million, exports of $42 million) in January-May 2025.                    | $858 million | 2025-01/2025-05
            Le commerce approchait 700 millions de dollars (achats de 655 millions de dollars, ventes de 45 millions de dollars) sur la période janvier‑mai 2025. | 45 millions de dollars | 2025-01/2025-05
            Les échanges avoisinaient 900 millions de dollars sur la période janvier‑mai 2025.                                   | 900 millions de dollars | 2025-01/2025-05
            Товарооборот приблизился к 900 млн долларов (импорт 858 млн долларов, экспорт 42 млн долларов) за январь-май 2025 года. | 42 млн долларов | 2025-01/2025-05
            """)
    void shouldDateThePartsAParenthesisListsAfterASumByTheSumsPeriod(String body, String text, String period) {
        assertThat(figure("", body, "2025-07-15", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2021 the increase was 30 percent compared to in 2020, and the total came to $500 million.   | $500 million | 2021
            In 2021 growth was 25 percent compared with in 2020, and the total figure reached $500 million. | $500 million | 2021
            """)
    void shouldReadAYearAfterComparedToInAsABase(String body, String text, String period) {
        assertThat(figure("", body, null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade reached $5 billion in 9M 2024.        | $5 billion | 2024-01/2024-09
            In 9M2024, trade reached $5 billion.        | $5 billion | 2024-01/2024-09
            Trade reached $5 billion in Q3.             | $5 billion | 2024-07/2024-09
            Trade reached $5 billion in H1.             | $5 billion | 2024-01/2024-06
            Trade reached $5 billion in Q3 2023.        | $5 billion | 2023-07/2023-09
            Trade reached $5 billion in 2024.           | $5 billion | 2024
            Trade was valued at $259.5mn in 4M23.       | $259.5mn   | 2023-01/2023-04
            In 7M’23, the port handled 2.6 million tonnes. | 2.6 million tonnes | 2023-01/2023-07
            In 5M'24, trade reached $900mn.             | $900mn     | 2024-01/2024-05
            Товарооборот за 5M24 составил $900 млн.     | $900 млн   | 2024-01/2024-05
            En 5M24, les échanges ont atteint 900 millions de dollars. | 900 millions de dollars | 2024-01/2024-05
            In 2023 exports were $3m. In 2024 they were $7m, 23 percent more. | $7m | 2024
            """)
    void shouldReadMonthsQuartersAndHalvesWrittenShort(String body, String text, String period) {
        assertThat(figure("", body, "2024-11-15", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Currently, both countries are working on reaching the milestone of $1 billion in the coming years. | $1 billion            | null
            В 2024 году торговля выросла. В ближайшие годы товарооборот достигнет 1 млрд долларов.              | 1 млрд долларов       | null
            En 2024 le commerce a crû. Les échanges atteindront 1 milliard de dollars dans les années à venir.  | 1 milliard de dollars | null
            In 2024 trade reached $1 billion and will double in the coming years.                              | $1 billion            | 2024
            """)
    void shouldNotDateAFigureOfTheComingYears(String body, String text, String period) {
        assertThat(figure("", body, "2024-11-15", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Kazakhstan plans to raise oil exports to Germany to 2.5 million tonnes, or about 50,000 barrels per day, in 2026, up from 2.1 million tonnes in 2025. | 2.5 million tonnes | 2026
            L'Ouzbékistan prévoit de porter ses ventes vers la Turquie à 1,8 million de tonnes, soit environ 36 000 barils par jour, en 2026, contre 1,5 million de tonnes en 2025. | 1,8 million de tonnes | 2026
            Казахстан планирует увеличить экспорт в Германию до 2,5 млн тонн, что составляет около 50 тыс. баррелей в сутки, в 2026 году, против 2,1 млн тонн в 2025 году. | 2,5 млн тонн | 2026
            """)
    void shouldDateAFigureByThePeriodAfterAnAsideThatRestatesIt(String body, String text, String period) {
        assertThat(figure("", body, "2026-01-16", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Since the beginning of this year, investment reached $3 billion.            | 2024-07-03 | $3 billion  | 2024-01/2024-07
            С начала текущего года зафиксировано 10 столкновений.                        | 2025-08-11 | 10 столкновений | 2025-01/2025-08
            Depuis le début de l'année, le trafic a augmenté de 12 %.                   | 2023-09-01 | 12 %        | 2023-01/2023-08
            """)
    void shouldCountThePublicationMonthInTheYearToDateAfterItsFirstDay(String body, String published, String text,
                                                                      String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2026 йилнинг январь ойида экспорт ҳажми 2,4 млрд АҚШ долларини ташкил этди.            | null       | 2,4 млрд АҚШ долларини | 2026-01
            2025-yil mart oyida tovar ayirboshlash 1,2 mlrd dollarni tashkil etdi.               | null       | 1,2 mlrd dollarni      | 2025-03
            2026 йилнинг илк ойида экспорт 1,7 млрд долларни ташкил этди.                          | null       | 1,7 млрд долларни      | 2026-01
            2024 йилнинг январь ойида товар айирбошлаш 1 млрд долларни ташкил этди.                | 2025-06-01 | 1 млрд долларни        | 2024-01
            """)
    void shouldReadOneTurkicMonthAfterItsYear(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade came to $21.3 billion in 2024, a $1.5 billion rise from 2023. Uzbekistan accounts for $7.9 billion. | $7.9 billion | 2024
            De janvier à septembre 2025, les échanges ont atteint 43,5 milliards de dollars. Les exportations ont atteint 19,2 milliards de dollars, en hausse par rapport aux chiffres des trois premiers trimestres de 2024. Les importations ont atteint 24,3 milliards de dollars. | 24,3 milliards de dollars | 2025-01/2025-09
            In January-September 2025 trade reached $59.8 billion. Exports grew 30% compared to the figures of 2024. Imports reached $33.1 billion. | $33.1 billion | 2025-01/2025-09
            В январе-сентябре 2025 года товарооборот составил 59,8 млрд долларов. Экспорт вырос на 30% по сравнению с показателями 2024 года. Импорт составил 33,1 млрд долларов. | 33,1 млрд долларов | 2025-01/2025-09
            Trade grew from 2017 to 2023 fivefold, reaching $1 billion.                                                    | $1 billion    | 2017-01/2023-12
            """)
    void shouldNotCarryTheYearAChangeIsCountedFrom(String body, String text, String period) {
        assertThat(figure("", body, null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Прошлогодний двусторонний товарооборот приблизился к 4 миллиардам долларов.                                      | 4 миллиардам долларов | 2023
            За 10 месяцев 2024 года перевезено 198 млн тонн. За аналогичный период прошлого года перевезли 176 млн тонн. Объем транзита остался на уровне прошлого года, составив 18,9 млн тонн. | 18,9 млн тонн | 2024-01/2024-10
            In January-October 2024 the railway carried 263 million tons. In the same period last year it carried 241 million tons. Transit stayed at the level of 2023 and reached 22 million tons. | 22 million tons | 2024-01/2024-10
            De janvier à octobre 2024, le rail a transporté 263 millions de tonnes. Le transit est resté au niveau de 2023, à 22 millions de tonnes. | 22 millions de tonnes | 2024-01/2024-10
            In 2022-23, German exports of goods to Tajikistan have grown more than 30-fold.                                  | 30-fold               | null
            In 2022 exports grew. In 2022-23, exports have grown 40-fold.                                                     | 40-fold               | null
            """)
    void shouldReadLastYearsLevelsAndFiscalYears(String body, String text, String period) {
        assertThat(figure("", body, "2024-12-02", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January, Tajik trade with the CIS was $145 million, which was 22.9 percent of the 2014 level.          | 22.9 percent  | 2015-01
            In January, Tajik trade with the CIS was $145 million, or 22.9 percent of its 2014 levels.                | 22.9 percent  | 2015-01
            В январе товарооборот Таджикистана со странами СНГ составил 145 млн долларов, или 22,9 процента от уровня 2014 года. | 22,9 процента | 2015-01
            En janvier, les échanges du Tadjikistan avec la CEI ont atteint 145 millions de dollars, soit 22,9 % du niveau de 2014. | 22,9 %  | 2015-01
            Exports to the CIS reached 80 percent of the 2014 level in 2016.                                          | 80 percent    | 2016
            """)
    void shouldNotTakeTheYearOfTheLevelAShareIsMeasuredAgainst(String body, String text, String period) {
        // gold-p: "22.9 percent of the 2014 level" in a note on January 2015 is 2015-01
        assertThat(figure("", body, "2015-02-24", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Over the past year, trade came to more than $840 million, and in 2022, it stood at $710 million.           | $840 million | 2023
            Trade grew 5% over the past year.                                                                            | 5%            | 2023
            Trade grew 5% over 2022.                                                                                     | 5%            | null
            Uzbekistan is the top producer, accounting for 43% or 18,450 tons in 2022, the association reports.         | 43%           | 2022
            Exports of 1,200 tons and imports of 3,400 tons in 2022 were recorded.                                        | 1,200 tons    | 2022
            """)
    void shouldReadThePastYearAsAPeriodAndCommasInsideNumbersAsNoClause(String body, String text, String period) {
        assertThat(figure("", body, "2024-02-10", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Exports grew by $6.1 billion, or 52%, to $17.8 billion in 2022, while imports fell.               | $6.1 billion | 2022
            Exports grew by $6.1 billion, or 52%, to $17.8 billion in 2022, while imports fell.               | 52%          | 2022
            Les exportations ont augmenté de 12 %, à 3 milliards de dollars en 2022.                          | 12 %         | 2022
            Экспорт вырос на 12%, до 3 млрд долларов в 2022 году.                                              | 12%          | 2022
            Exports increased by 12%, the ministry said in 2022.                                              | 12%          | null
            """)
    void shouldDateAChangeByThePeriodOfTheLevelItReached(String body, String text, String period) {
        assertThat(figure("", body, "2023-07-20", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The visit marks the tenth anniversary of the treaty signed in 2013. Some 75% of trade is settled in national currencies.          | 75%                  | null
            La visite marque l'anniversaire du traité signé en 2013. Quelque 75 % des échanges sont réglés en monnaies nationales.             | 75 %                 | null
            Визит приурочен к годовщине договора, подписанного в 2013 году. Около 75% торговли проходит в национальных валютах.                | 75%                  | null
            In 2013 trade grew. Some 75% of trade is settled in national currencies.                                                          | 75%                  | 2013
            """)
    void shouldNotCarryTheYearAnActWasSignedIn(String body, String text, String period) {
        assertThat(figure("", body, null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In June 2022, transport officials of both countries met in Tehran. Rail transit grew by 50%.                    | 50%            | null
            In June 2022, rail freight through the terminal rose sharply. Rail transit grew by 50%.                        | 50%            | 2022-06
            On April 10, 2021, Uzbekistan joined the scheme. It lets firms ship 3,000 goods to the EU duty-free.           | 3,000 goods    | null
            В июне 2022 года министры двух стран встретились в Тегеране. Транзит вырос на 50%.                             | 50%            | null
            В 2014 году была запущена дорога до границы. На ней построено 40 мостов.                                        | 40 мостов      | null
            В июне 2022 года перевозки через терминал резко выросли. Транзит вырос на 50%.                                 | 50%            | 2022-06
            En juin 2022, les ministres des deux pays se sont rencontrés à Téhéran. Le transit a augmenté de 50 %.          | 50 %           | null
            En juin 2022, le fret par le terminal a fortement progressé. Le transit a augmenté de 50 %.                     | 50 %           | 2022-06
            """)
    void shouldNotCarryTheDateOfAnActToTheFiguresAfterIt(String body, String text, String period) {
        assertThat(figure("", body, "2023-11-24", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Traffic through the crossing, which reopened in June 2022, has risen to 160 wagons per day.           | 160 wagons   | null
            Транзит через терминал, который был открыт в июне 2022 года, вырос до 200 вагонов в сутки.             | 200 вагонов  | null
            Le transit par le terminal, relancé en juin 2022, a atteint 200 wagons par jour.                       | 200 wagons   | null
            Transit through the terminal reached 200 wagons per day in June 2022.                                  | 200 wagons   | 2022-06
            """)
    void shouldNotDateAFigureByTheActItsSentenceDatesBeforeIt(String body, String text, String period) {
        assertThat(figure("", body, "2023-11-24", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January-June 2024 trade reached $5 billion. This is 29.5 percent higher than the figure recorded in January-June 2023. | 29.5 percent | 2024-01/2024-06
            In January-June 2024 trade reached $5 billion. This marks a 58% increase compared to the same months of the previous 2023 season. | 58%  | 2024-01/2024-06
            В январе-июне 2024 года товарооборот достиг 5 млрд долларов. Рост составил 29,5% по сравнению с данными статистики за январь-июнь 2023 года. | 29,5% | 2024-01/2024-06
            En janvier-juin 2024, les échanges ont atteint 5 milliards de dollars. Ils ont progressé de 29,5 % par rapport au niveau enregistré en janvier-juin 2023. | 29,5 % | 2024-01/2024-06
            In January-June 2024 trade reached $5 billion. Exports grew by 29.5 percent in January-March 2024.             | 29.5 percent | 2024-01/2024-03
            """)
    void shouldNotDateAChangeByThePeriodItIsComparedWith(String body, String text, String period) {
        assertThat(figure("", body, "2024-08-20", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The board approved the production strategy for 2025. Kazakhstan holds about 14 percent of the world's reserves. | 14 percent            | null
            Совет утвердил стратегию на 2025 год. Инвесторы вложат 17,75 млрд тенге.                                       | 17,75 млрд тенге      | null
            In 2023 output grew. Kazakhstan holds about 14 percent of the region's reserves.                              | 14 percent            | 2023
            By 2025 the port will be expanded. Its throughput is expected to reach 300 thousand TEU per year.             | 300 thousand TEU      | 2025
            """)
    void shouldNotCarryAYearStillToComeToAFigureStatedAsAFact(String body, String text, String period) {
        assertThat(figure("", body, "2024-05-16", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January 2026 trade reached $5.8 billion. It grew 29% compared with the same period of 2025. In trade: Exports reached $1.7 billion. Imports reached $4.1 billion. | $4.1 billion | 2026-01
            2026 йилнинг январь ойида савдо 5,8 млрд долларни ташкил этди. Бу ўтган йилнинг мос даврига нисбатан 29 фоизга ошган. Савдо ҳажмида: Экспорт 1,7 млрд долларни ташкил этди. Импорт 4,1 млрд долларни ташкил этди. | 4,1 млрд долларни | 2026-01
            """)
    void shouldCarryThePeriodPastASentenceAboutItsSamePeriodBase(String body, String text, String period) {
        assertThat(figure("", body, null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Joriy yilning 9 oyida tovar ayirboshlash 5 mlrd dollarni tashkil etdi.             | 5 mlrd dollarni | 2024-01/2024-09
            Жорий йилнинг 9 ойида товар айирбошлаш 5 млрд долларни ташкил этди.                | 5 млрд долларни | 2024-01/2024-09
            2024 йилнинг 9 ойида товар айирбошлаш 5 млрд долларни ташкил этди.                 | 5 млрд долларни | 2024-01/2024-09
            Joriy yilning birinchi choragida eksport 1 mlrd dollarni tashkil etdi.             | 1 mlrd dollarni | 2024-01/2024-03
            O'tgan yilning birinchi yarmida eksport 1 mlrd dollarni tashkil etdi.              | 1 mlrd dollarni | 2023-01/2023-06
            2025 yil 1-choragida eksport 1 mlrd dollarni tashkil etdi.                         | 1 mlrd dollarni | 2025-01/2025-03
            Биылғы 8 айда порттар арқылы 3,8 млн тонна жүк тасымалданды.                       | 3,8 млн тонна   | 2024-01/2024-08
            Биыл 6 айда тауар айналымы 237 млн долларды құрады.                                | 237 млн долларды | 2024-01/2024-06
            Биылғы тоғыз айдағы тауар айналымы 5 млрд долларды құрады.                         | 5 млрд долларды | 2024-01/2024-09
            Биыл порттар арқылы 3,8 млн тонна жүк тасымалданды.                                | 3,8 млн тонна   | 2024
            Биылғы 8 айда порттар арқылы 3,1 млн тонна жүк өтті. Бұл өткен жылдың сәйкес кезеңіндегі деңгеймен бірдей. Флот есепті кезеңде 1,2 млн тонна жүк тасымалдады. | 1,2 млн тонна | 2024-01/2024-08
            In the first eight months of this year, the ports handled 3.8 million tons. This equals the same period last year. The fleet carried 1.5 million tons in the period. | 1.5 million tons | 2024-01/2024-08
            За восемь месяцев этого года порты перевалили 3,8 млн тонн. Это равно показателю аналогичного периода прошлого года. Флот перевез 1,5 млн тонн. | 1,5 млн тонн | 2024-01/2024-08
            Sur les huit premiers mois de cette année, 3,1 millions de tonnes sont passées par les ports. C'est le même niveau que sur la même période de l'an dernier. La flotte a acheminé 1,2 million de tonnes. | 1,2 million de tonnes | 2024-01/2024-08
            In the first eight months of this year, the ports handled 3.8 million tons.        | 3.8 million tons | 2024-01/2024-08
            За восемь месяцев этого года порты перевалили 3,8 млн тонн.                        | 3,8 млн тонн    | 2024-01/2024-08
            Sur les huit premiers mois de cette année, 3,1 millions de tonnes sont passées par les ports. | 3,1 millions de tonnes | 2024-01/2024-08
            """)
    void shouldReadTurkicPartsOfThisOrLastYear(String body, String text, String period) {
        assertThat(figure("", body, "2024-10-15", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Товар айирбошлаш йил охиригача 12 млрд долларга етади.        | 12 млрд долларга | 2025
            Tovar ayirboshlash yil oxirigacha 12 mlrd dollarga yetadi.    | 12 mlrd dollarga | 2025
            """)
    void shouldReadTheTurkicEndOfTheYearAsThePublicationYear(String body, String text, String period) {
        assertThat(figure("", body, "2025-12-03", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January-October 2023 Kazakhstan exported 3.9 million tons of wheat. In January-October 2022 it exported 3.1 million tons. Of this amount, 2.7 million tons went to Uzbekistan. | 2023-11-20 | 2.7 million tons | 2023-01/2023-10
            En janvier-octobre 2023, le Kazakhstan a exporté 3,9 millions de tonnes de blé. En janvier-octobre 2022, il en avait exporté 3,1 millions. L'Ouzbékistan en a reçu 2,7 millions de tonnes. | 2023-11-20 | 2,7 millions de tonnes | 2023-01/2023-10
            За январь-октябрь 2023 года Казахстан экспортировал 3,9 млн тонн пшеницы. За январь-октябрь 2022 года было вывезено 3,1 млн тонн. Из них 2,7 млн тонн получил Узбекистан. | 2023-11-20 | 2,7 млн тонн | 2023-01/2023-10
            За 9 месяцев 2023 года Кыргызстан экспортировал 13 тонн золота. В 2022 году за аналогичный период поставлено 69 килограммов. Туда поставили 10 тонн золота. | 2023-11-20 | 10 тонн | 2023-01/2023-09
            In 2023 Kazakhstan exported 3.9 million tons of wheat. In 2022 it exported 3.1 million tons. Uzbekistan bought 2.7 million tons. | 2024-02-20 | 2.7 million tons | 2022
            """)
    void shouldCarryThePeriodPastASentenceRestatingTheSameMonthsAYearBefore(String body, String published, String text,
                                                                           String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Over the first ten months of this year (January-October), Russia shipped 2.740 million tons of barley. | 2.740 million tons | 2023-01/2023-10
            Au cours des dix premiers mois (janvier-octobre) de cette année, le Kazakhstan a exporté 3,8 millions de tonnes. | 3,8 millions de tonnes | 2023-01/2023-10
            За первые десять месяцев (январь-октябрь) этого года Казахстан экспортировал 3,8 млн тонн пшеницы. | 3,8 млн тонн | 2023-01/2023-10
            """)
    void shouldReadFirstMonthsWithTheirMonthsRepeatedInBrackets(String body, String text, String period) {
        assertThat(figure("", body, "2023-11-20", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January-October 2023 Kazakhstan exported 3.9 million tons of wheat. In January-October 2022 it exported 3.1 million tons. Afghanistan was the main market. Italy was next. Over the same ten-month period, 322,000 tons were delivered to Afghanistan. | 322,000 tons | 2023-01/2023-10
            En janvier-octobre 2023, le Kazakhstan a exporté 3,9 millions de tonnes. Le blé domine. L'Italie suit. La Turquie aussi. Sur la même période, 322 000 tonnes ont été livrées en Afghanistan. | 322 000 tonnes | 2023-01/2023-10
            За январь-октябрь 2023 года Казахстан экспортировал 3,9 млн тонн. Пшеница лидирует. Италия следует. Турция тоже. За тот же период в Афганистан поставлено 322 тыс. тонн. | 322 тыс. тонн | 2023-01/2023-10
            """)
    void shouldGoOnWithTheTextsPeriodInASentenceOpeningOnTheSamePeriod(String body, String text, String period) {
        assertThat(figure("", body, "2023-11-20", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In January-October 2023 Kazakhstan exported 3.9 million tons of wheat. Uzbekistan bought 1.9 million tons. Tajikistan is second with 404,000 tons. Turkmenistan is third with 230,000 tons. Azerbaijan follows with 104,000 tons. | 104,000 tons | 2023-01/2023-10
            En janvier-octobre 2023, le Kazakhstan a exporté 3,9 millions de tonnes de blé. L'Ouzbékistan en a acheté 1,9 million de tonnes. Le Tadjikistan suit avec 404 000 tonnes. Le Turkménistan est troisième avec 230 000 tonnes. L'Azerbaïdjan suit avec 104 000 tonnes. | 104 000 tonnes | 2023-01/2023-10
            За январь-октябрь 2023 года Казахстан экспортировал 3,9 млн тонн пшеницы. Узбекистан купил 1,9 млн тонн. Таджикистан второй с 404 тыс. тонн. Туркменистан третий с 230 тыс. тонн. Азербайджан купил 104 тыс. тонн. | 104 тыс. тонн | 2023-01/2023-10
            In January-October 2023 Kazakhstan exported 3.9 million tons of wheat. The harvest was good. Farmers were pleased. Prices rose. Azerbaijan bought 104,000 tons. The goal is to export 5 million tons. | 104,000 tons | null
            """)
    void shouldCarryThePeriodAlongARunOfSentencesGivingFiguresInTheSameUnit(String body, String text, String period) {
        assertThat(figure("", body, "2023-11-20", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2022 Japan invested $1.1 billion in Uzbekistan. Japan is among the top 10 largest investors in Uzbekistan.       | top 10 | null
            En 2022, la Corée a investi 1,5 milliard de dollars. La Corée figure dans le top 10 des plus grands investisseurs du Kazakhstan. | top 10 | null
            В 2022 году Корея вложила 1,5 млрд долларов. Корея входит в топ-10 крупнейших инвесторов Казахстана. | топ-10 | null
            In the Global E-Government Survey 2016 Kazakhstan ranked 33rd. France rounds out the top 10. | top 10 | 2016
            In 2022 the bank earned $300 million. Halyk, the country's No. 1 lender, opened ten branches. | No. 1 | null
            """)
    void shouldNotDateAPlaceAmongTheLargestOfAKindByTheSentencesBefore(String body, String text, String period) {
        assertThat(figure("", body, "2023-06-04", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Plus de 1.000 soldats fuient vers le pays voisin après de violents combats | 1.000 soldats | null
            More than 1,000 servicemen flee to Tajikistan after clashes with the Taliban             | 1,000 servicemen | null
            Более 1000 военнослужащих бежали в Таджикистан после боев с талибами                     | 1000 военнослужащих | null
            """)
    void shouldNotDateAHeadlinesEventCountByThePublicationDate(String title, String text, String period) {
        assertThat(figure(title, "The border was closed.", "2021-07-06", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Вазир 1990- йилларни бошларида Ўзбекистон ва Эрон ўртасидаги 150 миллион долларлик савдони эслатди. | 150 миллион долларлик | null
            Sultonov 1990-yillarning boshida Qozog'iston va Turkiya o'rtasidagi 200 million dollarlik savdoga ishora qildi. | 200 million dollarlik | null
            """)
    void shouldReadAnUzbekDecadeAsNoYear(String body, String text, String period) {
        assertThat(figure("", body, null, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade between Kazakhstan and Uzbekistan will grow by 30 percent by 2030.                            | 30 percent | 2030
            The passage of containers through the port will increase by 3 times by 2028.                     | 3 times    | 2028
            Les échanges entre le Kazakhstan et l'Ouzbékistan devraient augmenter de 30 % d'ici 2030.         | 30 %       | 2030
            Trade between Kazakhstan and Uzbekistan grew by 30 percent in 2024 and will keep growing by 2030. | 30 percent | 2024
            """)
    void shouldDateAForecastChangeByItsDeadlineWhenTheFutureTenseStandsBeforeIt(String body, String text,
                                                                               String period) {
        // A forecast change carries its target year (team a); a change that happened keeps its own year.
        assertThat(figure("", body, "2025-06-15", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade between Iran and Turkmenistan reached $240 million over the first nine months of this Iranian year (from March 21 to December 21, 2023). | 2024-01-20 | $240 million | 2023-03/2023-12
            Iran shipped 380,000 tons worth $162 million to Tajikistan during 9 months and 10 days of the past Iranian year. | 2023-07-02 | $162 million | 2022-03/2022-12
            Товарооборот Ирана и Казахстана за шесть месяцев текущего иранского года составил 300 млн долларов.  | 2024-10-01 | 300 млн долларов | 2024-03/2024-09
            Le commerce entre l'Iran et le Turkménistan a atteint 240 millions de dollars sur les dix premiers mois de l'année iranienne. | 2025-02-10 | 240 millions de dollars | 2024-03/2025-01
            Trade between Iran and Kazakhstan reached $300 million in the first nine months of the year.            | 2024-01-20 | $300 million | 2023-01/2023-09
            """)
    void shouldReadMonthsOfTheIranianYearAsTheCalendarMonthsTheySpan(String body, String published, String text,
                                                                     String period) {
        // The Iranian year starts on 21 March: its first nine months run from March to December (gold-i).
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Exports to China rose by 10.4%. In the first five months of 2024 exports exceeded $420 million.                      | 2024-06-20 | 10.4%         | 2024-01/2024-05
            Поставки в Китай выросли на 10,4%. За первые пять месяцев 2024 года экспорт превысил 420 млн долларов.              | 2024-06-20 | 10,4%         | 2024-01/2024-05
            Les exportations vers la Chine ont augmenté de 10,4 %. Au cours des cinq premiers mois de 2024, elles ont dépassé 420 millions de dollars. | 2024-06-20 | 10,4 %        | 2024-01/2024-05
            In January-October 2023 Kazakhstan exported 3.9 million tons of wheat. The harvest was good. Farmers were pleased. Prices rose. Azerbaijan bought 104,000 tons. | 2023-11-20 | 104,000 tons | 2023-01/2023-10
            Exports to China rose by 10.4%. In 2023 exports reached $420 million. This year exports reached $300 million.        | 2024-06-20 | 10.4%         | null
            Exports to China rose by 10.4%. In 2023 exports reached $420 million. The target is to reach $1 billion.             | 2024-06-20 | 10.4%         | null
            """)
    void shouldDateEveryFigureOfAShortNoteByTheOnePeriodItStates(String body, String published, String text,
                                                              String period) {
        // The labels' convention (gold-i): the period a short statistical note states once at its top covers every
        // figure of it, before it and however far after it; a text with two periods, or a target, is no such note.
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-k: the parts of a year's forecast (a sentence after it opening "Of this,") are targets of that year;
    // a goal after a sentence about a past year keeps none
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2025, shipments are expected to grow to 4.6 million tons. Of this, 1.9 million tons will be grain.                | 2025-10-20 | 1.9 million tons       | 2025
            In 2025, shipments are expected to grow to 4.6 million tons. Of this, 1.9 million tons will be grain.                | null       | 1.9 million tons       | 2025
            В 2025 году перевозки, как ожидается, вырастут до 5,2 млн тонн. Из них 2,5 млн тонн составят сухие грузы.          | 2025-10-20 | 2,5 млн тонн           | 2025
            En 2025, le fret devrait atteindre 5,2 millions de tonnes. Sur ce volume, 2,5 millions de tonnes seront du vrac sec. | 2025-10-20 | 2,5 millions de tonnes | 2025
            In 2024, trade reached $5 billion and is expected to grow further. The two countries will raise it to $10 billion. | 2025-10-20 | $10 billion            | null
            """)
    void shouldDateAPartOfAForecastByTheYearTheSentenceBeforeForecasts(String body, String published, String text,
                                                                       String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    // gold-g, gold-k: a count stated "now" ("қазір", "Бугунги кунда") holds at the publication, as "currently" does
    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            More than 400 trucks are now queued at the Kazakh-Kyrgyz border crossing.           | 2023-10-24 | 400 trucks        | 2023-10
            More than 400 trucks are now queued at the Kazakh-Kyrgyz border crossing.           | null       | 400 trucks        | null
            Сегодня Узбекистан торгует почти с 200 странами.                                     | 2025-03-01 | 200 странами      | 2025-03
            Aujourd'hui, plus de 400 camions font la queue à la frontière kirghize.              | 2023-10-24 | 400 camions       | 2023-10
            Currently 300 companies with Chinese capital operate in Kazakhstan.                  | 2024-10-10 | 300 companies     | 2024-10
            В настоящее время в Казахстане работают 300 компаний с китайским капиталом.          | 2024-10-10 | 300 компаний      | 2024-10
            Actuellement, 300 entreprises à capitaux chinois opèrent au Kazakhstan.              | 2024-10-10 | 300 entreprises   | 2024-10
            Қазіргі уақытта Қазақстанда қытай капиталы бар 300 компания жұмыс істейді.           | 2024-10-10 | 300 компания      | 2024-10
            Бүгінде Қазақстанда қытай капиталы бар 300 компания жұмыс істейді.                   | 2024-10-10 | 300 компания      | 2024-10
            Ayni paytda Qozog'istonda Xitoy kapitali ishtirokidagi 300 ta kompaniya faoliyat yuritmoqda. | 2024-10-10 | 300 ta kompaniya | 2024-10
            Ҳозирги кунда Қозоғистонда Хитой капитали иштирокидаги 300 та компания фаолият юритмоқда.    | 2024-10-10 | 300 та компания  | 2024-10
            Ayni paytda Qozog'istonda Xitoy kapitali ishtirokidagi 300 ta kompaniya faoliyat yuritmoqda. | null       | 300 ta kompaniya | null
            In 2023 Uzbekistan exported $5 billion. Currently Russian firms make up over 20% of the foreign firms in Uzbekistan. | null | 20% | null
            В 2023 году экспорт составил 5 млрд долларов. Ayni paytda Rossiya korxonalari xorijiy tashkilotlarning 20 foizdan ortig'ini tashkil etadi. | null | 20 foizdan | null
            """)
    void shouldDateACountStatedNowByThePublicationMonth(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            En sept mois de 2024, 14 900 EVP ont traversé la Caspienne.                       | 2024-08-15 | 14 900 EVP   | 2024-01/2024-07
            En sept mois de cette année, 14 900 EVP ont traversé la Caspienne.                | 2024-08-15 | 14 900 EVP   | 2024-01/2024-07
            Le terminal, achevé en deux mois, a traité 14 900 EVP.                            | 2024-08-15 | 14 900 EVP   | null
            In seven months of 2024, 14,900 TEU crossed the Caspian.                          | 2024-08-15 | 14,900 TEU   | 2024-01/2024-07
            За семь месяцев 2024 года через Каспий прошло 14 900 ДФЭ.                         | 2024-08-15 | 14 900 ДФЭ   | 2024-01/2024-07
            """)
    void shouldReadFirstMonthsOpenedByEnOnlyWithTheirYear(String body, String published, String text, String period) {
        assertThat(figure("", body, published, text).period()).isEqualTo(period);
    }
}
