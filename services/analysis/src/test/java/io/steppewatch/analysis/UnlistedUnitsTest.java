package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quantity in a unit the labelling standard does not list (hectares, quintals and centners, litres, cubic centimetres, square
 * kilometres and metres, acres) or a sum in
 * a currency it does not measure (somonis, won) is no count of anything: the analysis reports no figure for it.
 */
class UnlistedUnitsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Новый логистический центр займет территорию площадью 25 гектаров у границы.
            Le rendement moyen du blé kazakh a atteint 14 quintaux par hectare.
            Trucks with engines of more than 2,500 cubic centimeters cannot cross the border.
            Each truck carries up to 900 liters of fuel into Kyrgyzstan.
            Les deux pays ont signé des contrats pour 4 milliards de somonis à Douchanbé.
            Le projet ouzbek vaut 150 milliards de wons, selon le ministère.
            A 400-hectare logistics park is being built near the crossing.
            The farm covers 1,200 hectares of irrigated land.
            The new dry port covers an area of 180,000 square meters near the border.
            Le parc logistique s'étend sur 45 kilomètres carrés près de la frontière.
            Терминал займет 12 квадратных километров у границы.
            Growers planted almost 300,000 acres of cotton along the border this spring.
            Farms in the south harvested 31.5 centners of wheat per hectare.
            """)
    void shouldReportNoFigure(String body) {
        assertThat(figures(body)).isEmpty();
    }
}
