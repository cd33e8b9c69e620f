package vn.hungyen.xhht.check;

import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hungyen.xhht.engine.CheckResult;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.engine.ReportSummary;
import vn.hungyen.xhht.message.FindingMessages;

/**
 * The findings for scripts, as the contract §4 writes them. Built as a tree so that the order of the
 * fields is the contract's, and a field a finding does not have is left out rather than null.
 */
final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final FindingMessages findingMessages;

    JsonOutput(FindingMessages findingMessages) {
        this.findingMessages = findingMessages;
    }

    void write(CheckResult result, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        put(root, "asOf", result.asOf());
        put(root, "rulesVersion", result.rulesVersion());
        ArrayNode reports = root.putArray("reports");
        result.reports().forEach(r -> report(reports.addObject(), r));
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> finding(findings.addObject(), f));
        out.println(MAPPER.writeValueAsString(root));
    }

    private static void report(ObjectNode node, ReportSummary r) {
        put(node, "file", r.file());
        put(node, "unit", r.unit());
        put(node, "period", r.period());
        put(node, "submittedOn", r.submittedOn());
        node.put("counted", r.counted());
    }

    private void finding(ObjectNode node, Finding f) {
        put(node, "ruleId", f.ruleId());
        put(node, "kind", f.kind());
        put(node, "severity", f.severity());
        put(node, "unit", f.unit());
        put(node, "unitKind", f.unitKind());
        put(node, "period", f.period());
        put(node, "indicator", f.indicator());
        put(node, "deliverable", f.deliverable());
        put(node, "year", f.year());
        put(node, "actual", f.actual());
        put(node, "target", f.target());
        put(node, "due", f.due());
        put(node, "date", f.date());
        put(node, "problem", f.problem());
        put(node, "message", findingMessages.message(f));
        put(node, "citation", f.citation());
        put(node, "source", f.source());
    }

    /** Numbers stay numbers; periods, dates, sources and codes print as the contract writes them. */
    private static void put(ObjectNode node, String key, Object value) {
        if (value instanceof Double d) {
            node.put(key, d);
        } else if (value instanceof Integer i) {
            node.put(key, i);
        } else if (value != null) {
            node.put(key, value.toString());
        }
    }
}
