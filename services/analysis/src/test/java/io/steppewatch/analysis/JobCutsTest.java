package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 52: `jobs.count` is jobs created by joint activity, so jobs cut, shed, laid off or gone are `other`, in
 * English, French and Russian; jobs a venture creates or holds keep the metric.
 */
class JobCutsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The retailer plans to cut 1,500 jobs after a weak season.                         | 1,500 jobs   | other
            The bank will shed about 700 employees this year.                                  | 700 employees | other
            The airline is cutting up to 900 jobs at its two hubs.                             | 900 jobs     | other
            The carmaker is to lay off 2,300 jobs in its home plants.                          | 2,300 jobs   | other
            By 1995 some 30,000 textile jobs and most of the shops were gone.                  | 30,000 textile | other
            Le constructeur va supprimer 2 400 emplois en Europe.                              | 2 400 emplois | other
            Завод сократит 800 рабочих мест до конца года.                                     | 800 рабочих  | other
            The joint venture with China will create 1,800 jobs in Kazakhstan.                 | 1,800 jobs   | jobs.count
            The Kazakh-Chinese project created 2,000 jobs, and its costs were cut.             | 2,000 jobs   | jobs.count
            """)
    void shouldGiveNoJobsMetricToJobsCut(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
