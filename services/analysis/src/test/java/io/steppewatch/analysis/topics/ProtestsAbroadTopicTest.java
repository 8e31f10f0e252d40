package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A protest in a full article about another place is politics, not security: an opposition march in a capital far
 * from the region, a students' rally beside a police scuffle. The region's own unrest stays security, in a full
 * article that names it and in a short dispatch.
 */
class ProtestsAbroadTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thousands march for fair elections in the capital | Thousands of protesters marched through the centre of the capital on Saturday to ask for a new vote count, the third such march since the parliamentary election in the autumn. The organisers spoke of forty thousand people, the city's police of twelve thousand. Speakers from the opposition parties, a writer and two former ministers addressed the crowd from a stage near the river, and the protesters carried white ribbons and placards mocking the electoral commission. A group of about twenty protesters tried to block a bridge after the rally ended and were detained by the police; the organisers said none of them had been charged. The mayor's office had approved the route a week before, after long talks with the organisers about the size of the stage and the time the march should end. The government's spokesman said the election had been fair and that the march showed that people were free to protest. The opposition said it would hold another protest next month, and that it would ask the courts to look again at the results in several districts where observers had found errors.
            Оппозиция провела митинг в центре столицы | В субботу в центре столицы прошёл митинг оппозиции с требованием пересмотреть итоги выборов в городской совет. По данным организаторов, на проспект вышли около тридцати тысяч человек, по данным полиции, восемь тысяч. Протестующие держали плакаты и белые ленты, со сцены выступили писатели, журналисты и бывшие депутаты. После окончания акции несколько десятков протестующих попытались пройти к зданию избирательной комиссии; полиция задержала около двадцати человек, двое пострадавших обратились к врачам. Мэрия согласовала митинг за неделю, после долгих переговоров с организаторами о месте сцены и времени окончания. Представитель правительства заявил, что выборы прошли честно, а сам митинг показывает, что граждане свободно высказывают своё мнение. Организаторы пообещали провести новую акцию в следующем месяце и обратиться в суд с жалобами на подсчёт голосов в нескольких районах города, где наблюдатели нашли ошибки в протоколах. Политологи считают, что число участников будет расти, если власти не ответят на требования оппозиции до конца года. Следующее заседание городского совета назначено на первую неделю декабря, и оппозиция намерена прийти на него со своими депутатами и юристами.
            """)
    void shouldGiveNoSecurityToAProtestAbroad(String title, String body) {
        String language = title.startsWith("Оппозиция") ? "ru" : "en";
        assertThat(CLASSIFIER.classify(title, body, language)).extracting(TopicDecision::topic)
                .doesNotContain("security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Protesters and police clash in Nukus | Protesters clashed with the police in Nukus, the capital of Karakalpakstan in Uzbekistan, after the government published changes to the constitution that would end the republic's right to leave Uzbekistan. Thousands of people gathered in the main square on Friday, and the protest went on into the night. The authorities said that several people had been detained and that others had been injured, and they declared a state of emergency in the republic for a month. Mobile internet was cut across the region for several days. The president travelled to Nukus the next day and said the changes to the constitution would be withdrawn. The protesters had asked for the changes to be dropped and for the release of a journalist who had been detained the week before. Human rights groups asked for an open inquiry into the deaths and into the way the police had broken up the protest, and foreign governments asked the authorities to respect the right of people to protest peacefully. The trials of the organisers began months later.
            Protest in Zhanaozen | Protesters gathered in Zhanaozen, Kazakhstan, on Sunday over the price of gas; the police detained several of them.
            """)
    void shouldKeepSecurityForTheRegionsUnrest(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).contains("security");
    }
}
