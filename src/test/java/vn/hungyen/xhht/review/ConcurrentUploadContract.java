package vn.hungyen.xhht.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.hungyen.xhht.review.Uploading.file;
import static vn.hungyen.xhht.review.Uploading.history;
import static vn.hungyen.xhht.review.Uploading.upload;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * Twenty uploads at once, through the API: for twenty units, for one unit and period (twenty versions), and
 * the same file twenty times. Every request answers, and what is stored is consistent: one report that counts
 * per unit and period (the one submitted last), no bytes stored twice, and findings as a full evaluation
 * leaves them.
 */
abstract class ConcurrentUploadContract extends NewInstallation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 20;

    @Test
    void twentyUnitsAtOnce() throws Exception {
        List<Unit> units = List.copyOf(rules.register().all()).subList(0, CLIENTS);
        List<MockMultipartFile> files = new ArrayList<>();
        for (Unit unit : units) {
            files.add(file(unit.code() + ".xlsx", WorkbookBuilder.report(unit.code(), "2015-H2",
                    LocalDate.of(2015, 12, 10))));
        }

        List<String> outcomes = outcomes(sendAtOnce(files));

        assertThat(outcomes).hasSize(CLIENTS).containsOnly("STORED");
        assertThat(count("select count(*) from report")).isEqualTo(CLIENTS);
        assertThat(count("select count(*) from report where is_current")).isEqualTo(CLIENTS);
        assertFindingsAreWhatAFullEvaluationLeaves();
    }

    @Test
    void twentyVersionsOfOneReportAtOnce() throws Exception {
        List<MockMultipartFile> files = new ArrayList<>();
        for (int day = 1; day <= CLIENTS; day++) {
            files.add(file("vanlam-" + day + ".xlsx", WorkbookBuilder.report("H_VANLAM", "2015-H2",
                    LocalDate.of(2015, 12, day)).indicator("LIT_15_60", 2015, 99.0 + day / 100.0)));
        }
        Collections.shuffle(files);

        // as history, dated by their written dates: which counts does not hang on the order of arrival
        List<String> outcomes = outcomes(sendAtOnce(files, true));

        // the first stored is STORED; each later one supersedes or is superseded, as the order of arrival falls
        assertThat(outcomes).hasSize(CLIENTS).isSubsetOf("STORED", "SUPERSEDES", "SUPERSEDED");
        assertThat(outcomes.stream().filter("STORED"::equals)).hasSize(1);
        assertThat(count("select count(*) from report")).isEqualTo(CLIENTS);
        assertThat(jdbc.sql("select file_name from report where is_current").query(String.class).list())
                .containsExactly("vanlam-20.xlsx");
        JsonNode unmet = JSON.readTree(body(mvc.perform(get("/api/findings").param("ruleId", "LIT_15_60.2015"))
                .andReturn()));
        assertThat(unmet.get("total").asInt()).isEqualTo(1);
        assertThat(unmet.at("/items/0/actual").asDouble()).isEqualTo(99.2);
        assertFindingsAreWhatAFullEvaluationLeaves();
    }

    @Test
    void theSameFileTwentyTimesAtOnce() throws Exception {
        MockMultipartFile same = file("vanlam.xlsx", WorkbookBuilder.report("H_VANLAM", "2015-H2",
                LocalDate.of(2015, 12, 10)));

        List<JsonNode> answers = sendAtOnce(Collections.nCopies(CLIENTS, same));

        assertThat(outcomes(answers)).isSubsetOf("STORED", "DUPLICATE").filteredOn("STORED"::equals).hasSize(1);
        assertThat(answers.stream().map(a -> a.at("/files/0/reportId").asLong()).distinct()).hasSize(1);
        assertThat(count("select count(*) from report")).isEqualTo(1);
        assertThat(count("select count(distinct sha256) from report")).isEqualTo(1);
        assertFindingsAreWhatAFullEvaluationLeaves();
    }

    /** Each file in its own request, all released at the same moment; every answer must be 200. */
    private List<JsonNode> sendAtOnce(List<MockMultipartFile> files) throws Exception {
        return sendAtOnce(files, false);
    }

    /** {@code asHistory}: an administrator's import (catalog reading 14), else uploads dated by their arrival. */
    private List<JsonNode> sendAtOnce(List<MockMultipartFile> files, boolean asHistory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(files.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (MockMultipartFile f : files) {
                Callable<JsonNode> send = () -> {
                    start.await();
                    MvcResult result = mvc.perform(asHistory ? history(f) : upload(f)).andReturn();
                    assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
                    return JSON.readTree(body(result));
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            List<JsonNode> bodies = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                bodies.add(answer.get(2, TimeUnit.MINUTES));
            }
            return bodies;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertFindingsAreWhatAFullEvaluationLeaves() throws Exception {
        String before = body(mvc.perform(get("/api/findings").param("size", "1000")).andReturn());
        mvc.perform(post("/api/evaluation")).andReturn();
        assertThat(body(mvc.perform(get("/api/findings").param("size", "1000")).andReturn())).isEqualTo(before);
        assertThat(count("select count(*) from finding")).isEqualTo(count("select count(distinct finding_key) from finding"));
    }

    private static List<String> outcomes(List<JsonNode> answers) {
        return answers.stream().map(a -> a.at("/files/0/outcome").asString()).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
