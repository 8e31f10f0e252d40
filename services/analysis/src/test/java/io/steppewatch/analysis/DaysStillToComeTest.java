package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 27 of round 35: a number of days still to come is `target` when it is how long a trip, delivery or transit
 * is expected, estimated or aimed to take (or the time it is to be cut to), `change` when it is a time to be saved,
 * `amount` for the time now or before, an average, an event's days and a stay allowed.
 */
class DaysStillToComeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le temps de parcours estimé du train vers Mersin est d'environ 14 jours.                                 | 14 jours        | TARGET
            Railway officials said the shipment of cotton to Poti is scheduled to take 16 days.                     | 16 days         | TARGET
            The new crossing will cut the delivery time of fruit to Iran to 8 days.                                  | 8 days          | TARGET
            Le nouveau corridor réduira le trajet des conteneurs vers l'Iran de 11 jours.                            | 11 jours        | CHANGE
            The new ferry line is expected to shorten cargo transit across the Caspian by about 6 days.             | 6 days          | CHANGE
            Delivery to the port now takes 30-40 days at present and the line will halve it.                        | 30              | AMOUNT
            Goods will reach Mersin in 12 days instead of 25 days by sea.                                            | 25 days         | AMOUNT
            Réduction du trajet vers la Turquie à 15 jours au lieu de 30-35 jours par le canal de Suez.               | 30              | AMOUNT
            Réduction du trajet vers la Turquie à 15 jours au lieu de 30-35 jours par le canal de Suez.               | 15 jours        | TARGET
            Ожидается, что контейнерный поезд из Китая в Иран будет идти около 12 дней.                           | 12 дней         | TARGET
            Новый маршрут сократит время доставки грузов в Турцию на 10 дней.                                     | 10 дней         | CHANGE
            Время доставки грузов в Турцию сократится до 15 дней после запуска линии.                             | 15 дней         | TARGET
            Yuk Xitoydan Toshkentga 12 kunda yetib borishi kutilmoqda.                                              | 12 kunda        | TARGET
            Пойыз Қытайдан Түркияға дейін шамамен 14 күнде жетеді деп күтілуде.                                   | 14 күнде        | TARGET
            The freight will be moved from 50 days down to 20 days once the bridge opens.                            | 50 days         | AMOUNT
            The transit of grain to Iran will be reduced from 40-50 days down to 12 days after the works.          | 50              | AMOUNT
            Ce couloir pourrait réduire la durée du voyage des marchandises entre la Chine et la Turquie de 30 à 12 jours. | 12 jours   | TARGET
            The container trains will cross the steppe in 18 days on average.                                       | 18 days         | AMOUNT
            The president will pay a 3-day state visit to Ashgabat next week.                                        | 3-day           | AMOUNT
            Tourists from the region will be allowed to stay in Uzbekistan without visas for 20 days.               | 20 days         | AMOUNT
            Officials said that the trucks have been reduced to 9 days of waiting at the border.                    | 9 days          | AMOUNT
            """)
    void shouldMeasureDaysToComeByWhatTheyAre(String body, String text, String measure) {
        assertThat(figure(body, text).measure().name()).isEqualTo(measure);
    }
}
