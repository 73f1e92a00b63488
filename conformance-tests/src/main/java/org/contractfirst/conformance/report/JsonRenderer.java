package org.contractfirst.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.contractfirst.conformance.checks.StepError;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as data, for tools: per API, its counts, failures, HTTP findings, spec findings, operations not
 * exercised, errors, skipped steps and cells.
 */
public final class JsonRenderer implements ReportRenderer {

    @Override
    public String fileName() {
        return "conformance-report.json";
    }

    @Override
    public String render(Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", report.seed());
        json.put("apis", report.apis().stream().map(api -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("api", api.api());
            entry.put("requests", api.requestsSent());
            entry.put("checks", api.checksRun());
            entry.put("failures", api.failures());
            entry.put("httpFindings", api.httpFindings());
            entry.put("findings", api.findings());
            entry.put("notExercised", api.notExercised());
            entry.put("errors", api.errors().stream().map(StepError::toString).toList());
            entry.put("skipped", api.skipped());
            entry.put("operations", api.reach());
            entry.put("cells", api.rows());
            return entry;
        }).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
