package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What one train, ship or truck carries, named with a verb of carrying even when a word or a comma stands between
 * the conveyance and the verb, is its load (`other`, gold-d: a single train's containers and load); a route's freight
 * carried by many trains, or by a line, stays freight.
 */
class ConveyanceLoadsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le train spécial transportant 48 conteneurs de papier est parti de Lianyungang vers Almaty.          | 48 conteneurs | other
            Накануне поезд, перевозивший 52 контейнера с бумагой, прибыл в Ташкент из Китая.                     | 52 контейнера | other
            Транскаспий бағыты бойынша 1200 тонна жүк тиелген пойыз Ақтауға жөнелтілді.                          | 1200 тонна    | other
            Transkaspiy yo‘nalishi bo‘yicha 1200 tonna yuk ortilgan poyezd Termizdan jo‘natildi.                 | 1200 tonna    | other
            Le convoi spécial, transportant 36 conteneurs de 40 pieds, achemine 1 050 tonnes d'engrais vers Riga.   | 1 050         | other
            The block train, carrying 40 containers of textiles, hauled 980 tonnes of goods to Mersin port.     | 980           | other
            Поезд, перевозящий 44 контейнера с хлопком, доставил 1 100 тонн груза в порт Поти.                  | 1 100 тонн    | other
            Le premier convoi transporte 120 tonnes de marchandises : 70 t de coton, 35 t de fruits secs.       | 70 t          | other
            The first truck convoy carried 96 tonnes of goods: 50 tonnes of cotton yarn and 46 tonnes of raisins.| 46 tonnes     | other
            From January to May, freight trains carried 48,000 containers along the Trans-Caspian route.        | 48,000        | cargo.containers
            The ferry line carried 280,000 tonnes of cargo along the route last year.                            | 280,000       | cargo.volume
            """)
    void shouldReadWhatOneConveyanceCarriesAsItsLoad(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
