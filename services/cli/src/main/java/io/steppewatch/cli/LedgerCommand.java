package io.steppewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the figure ledger's timelines, asked from a running processor. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Print what the figure ledger knows, as a table.",
                "For each metric and set of subjects, every known value by period, with its source (baseline or learned)",
                "and its article.",
                "Asks the processor's query endpoint (steppewatch run serves it on 127.0.0.1:" + LedgerCommand.DEFAULT_PORT + ");",
                "any processor instance answers for the whole cluster, and a partial answer prints a warning."},
        footer = {"", "Examples:", "  steppewatch ledger --metric trade.turnover --subjects KZ,RU",
                "  steppewatch ledger --metric investment        # every metric starting with 'investment'",
                "  steppewatch ledger --json --url http://processor-0:" + LedgerCommand.DEFAULT_PORT})
public final class LedgerCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8742;

    @Spec
    CommandSpec spec;

    @Option(names = "--metric", paramLabel = "METRIC", description = "A metric, or the start of one (trade. for every trade metric).")
    String metric;

    @Option(names = "--subjects", paramLabel = "CODES", split = ",", description = "Countries, blocs or corridors the series must include: KZ,RU")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:" + DEFAULT_PORT,
            description = "The processor's query endpoint (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--json", description = "Print the endpoint's JSON as it comes.")
    boolean json;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the processor's console.token, when it requires one (default: the"
                    + " STEPPEWATCH_CONSOLE_TOKEN environment variable).")
    Path tokenFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder(url.replaceAll("/+$", "")).append("/ledger?");
        if (metric != null) {
            query.append("metric=").append(URLEncoder.encode(metric, StandardCharsets.UTF_8)).append('&');
        }
        if (!subjects.isEmpty()) {
            query.append("subjects=").append(URLEncoder.encode(String.join(",", subjects), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    request(URI.create(query.toString())),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BrokerUnreachableException(url + " (the processor's query endpoint)", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the processor answered " + response.statusCode() + ": " + response.body());
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonNode answer = new ObjectMapper().readTree(response.body());
        if (answer.path("partial").asBoolean(false)) {
            // Said before anything else, on stderr, so a script reading the table or the JSON still sees it.
            PrintWriter err = spec.commandLine().getErr();
            err.println("warning: partial answer: the processors could not read ledger partitions "
                    + answer.path("missingPartitions") + " (an instance is starting, stopping or rebalancing);"
                    + " some series may be missing or short. Try again in a moment.");
            err.flush();
        }
        if (json) {
            out.println(response.body());
            return 0;
        }
        // Processors before cluster-wide queries answered a bare array.
        JsonNode series = answer.isArray() ? answer : answer.path("series");
        if (series.isEmpty()) {
            out.println("nothing known" + (metric == null ? "" : " for " + metric) + (subjects.isEmpty() ? "" : " about " + subjects));
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"METRIC", "SUBJECTS", "PERIOD", "MEASURE", "VALUE", "ORIGIN", "SOURCE", "PUBLISHED"});
        for (JsonNode one : series) {
            String subjectText = String.join(",", iterable(one.get("subjects")));
            for (JsonNode figure : one.get("figures")) {
                rows.add(new String[] {one.get("metric").asText(), subjectText, text(figure.get("period")),
                        figure.get("measure").asText(), io.steppewatch.notifier.slack.FigureFormat.value(
                                figure.get("value").asDouble(), figure.get("unit").asText()),
                        figure.get("origin").asText(), figure.get("source").asText() + " " + figure.get("url").asText(),
                        text(figure.get("published")).replaceAll("T.*", "")});
            }
        }
        print(rows, out);
        return 0;
    }

    /** The GET, with the bearer token when there is one (a secret: from a file or the environment, never an argument). */
    private HttpRequest request(URI uri) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        String token = tokenFile != null ? Files.readString(tokenFile).strip()
                : System.getenv("STEPPEWATCH_CONSOLE_TOKEN");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        return request.build();
    }

    private static List<String> iterable(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asText();
    }

    static void print(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
