package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Goods supplied, procured, brought in or taken out are goods crossing a border in the words writers use beside
 * "exports" and "supplies" (approvisionnement and fourniture in French, ввоз, вывоз, поставлять and закупки in Russian,
 * жеткізілім in Kazakh, yetkazib berish in Uzbek, supply and procure in English): a sanctions story whose headline says
 * such goods reach a sanctioned country tells of a restriction on trade in goods, and is trade as well as sanctions
 * (labels' decision 8 of round 30). A sanctions story on a person stays sanctions alone.
 */
class SuppliedGoodsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Sanctions target a network that helped procure machine parts for Moscow | Three firms were listed on"
                + " Monday. Their accounts are frozen. | sanctions,trade",
        "en | Sanctions hit the procurement of chips for Moscow | Three firms were listed on Monday. Their"
                + " accounts are frozen. | sanctions,trade",
        "fr | Les sanctions menacent l'approvisionnement de l'Europe en métaux d'Asie centrale | Trois entreprises"
                + " ont été inscrites lundi. Leurs comptes sont gelés. | sanctions,trade",
        "fr | Des machines sous sanctions sont fournies à Moscou par des intermédiaires | Trois entreprises ont été"
                + " inscrites lundi. Leurs comptes sont gelés. | sanctions,trade",
        "ru | Ввоз станков в Россию через соседей попал под санкции | Три компании внесены в список в понедельник."
                + " Их счета заморожены. | sanctions,trade",
        "ru | Санкции не остановили закупки микросхем для российских заводов | Три компании внесены в список в"
                + " понедельник. Их счета заморожены. | sanctions,trade",
        "kk | Санкциялар металл жеткізілімін тоқтатуы мүмкін | Үш компания дүйсенбі күні тізімге енгізілді. Олардың"
                + " шоттары бұғатталды. | sanctions,trade",
        "uz | Sanksiyalar metall yetkazib berishni to'xtatishi mumkin | Uch kompaniya dushanba kuni ro'yxatga"
                + " kiritildi. Ularning hisoblari muzlatildi. | sanctions,trade",
        // a person's sanctions: no goods
        "en | Sanctions on a banker extended for a year | The banker's accounts stay frozen. He denies any wrongdoing."
                + " | sanctions",
    })
    void shouldReadGoodsSuppliedUnderSanctionsAsTrade(String language, String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }
}
