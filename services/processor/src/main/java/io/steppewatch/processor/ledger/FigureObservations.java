package io.steppewatch.processor.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.TopicScore;

/** Splits an analysed article into its figures, each keyed by its ledger key. */
public final class FigureObservations {

    private FigureObservations() {
    }

    public static List<Map.Entry<String, FigureObservation>> of(AnalyzedArticle article) {
        List<String> topics = article.getTopics().stream().map(TopicScore::getTopic).toList();
        List<Map.Entry<String, FigureObservation>> observations = new ArrayList<>();
        List<Figure> figures = article.getFigures();
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            FigureObservation observation = FigureObservation.newBuilder()
                    .setFigure(figure)
                    .setIndex(i)
                    .setTopics(topics)
                    .setArticleId(article.getId())
                    .setArticleUrl(article.getUrl())
                    .setArticleTitle(article.getTitle())
                    .setSource(article.getSource())
                    .setPublished(article.getPublished())
                    .build();
            observations.add(Map.entry(FigureLedger.key(figure.getMetric(), figure.getSubjects()), observation));
        }
        return observations;
    }
}
