package vn.giaoviec.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoviec.kernel.TaskFormFields;
import vn.giaoviec.kernel.Time;

/** Small steps of the deadline tests: issue a directive, move the clock, act as a unit, read the history. */
@Component
public class Scenario {

    private final Api api;
    private final Jobs jobs;
    private final TaskService tasks;
    private final IdentityService identity;
    private final FormService forms;
    private final TaskFormFields formFields;

    Scenario(Api api, Jobs jobs, TaskService tasks, IdentityService identity, FormService forms, TaskFormFields formFields) {
        this.formFields = formFields;
        this.forms = forms;
        this.api = api;
        this.jobs = jobs;
        this.tasks = tasks;
        this.identity = identity;
    }

    /**
     * Submits a task's form the way Tasklist does: the form is opened first (which stores the step's
     * own fields on the task), then submitted in one command as the user.
     */
    public void complete(Task task, String user, Map<String, Object> form) {
        formFields.storeMissing(task);
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
        identity.setAuthentication(user, groups);
        try {
            forms.submitTaskForm(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
    }

    public Object variable(Task task, String name) {
        return tasks.getVariableLocal(task.getId(), name);
    }

    public void runDue() {
        jobs.runDue();
    }

    /**
     * What the task's form shows under {@code name}, read as Tasklist reads it: the task's form
     * variables through the engine's REST API (as admin), text or JSON as written.
     */
    public String shown(Task task, String name) {
        var form = api.as("admin").get("/engine-rest/task/" + task.getId() + "/form-variables");
        if (form.status() != 200 || !form.json().has(name)) {
            throw new AssertionError("no form variable " + name + " on task " + task.getId() + ": " + form);
        }
        var value = form.json().get(name).get("value");
        return value.isNull() ? null : value.asText();
    }

    /** Moves the engine's clock (local time) and runs what has fallen due. */
    public void at(int year, int month, int day, int hour, int minute) {
        clock(year, month, day, hour, minute);
        jobs.runDue();
    }

    /** Moves the engine's clock (local time) only: the test runs the jobs it means to. */
    public static void clock(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(Time.ZONE).toInstant()));
    }

    /** The Sở issues {@code number} (monitored by its Office) to the recipients, due on {@code deadline}; issuing has run. */
    public long issue(String number, List<String> recipients, LocalDate deadline, Map<String, Object> extra) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("no", "1");
        item.put("text", "Báo cáo kết quả rà soát");
        item.put("recipients", recipients);
        item.put("deadline", deadline == null ? null : deadline.toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("issuer", "so-gddt");
        body.put("monitoringUnit", "so-gddt-vp");
        body.put("subject", "V/v kiểm thử thời hạn " + number);
        body.put("items", List.of(item));
        body.putAll(extra);
        var issued = api.as("so-gddt.focal").post("/api/directives", body);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        jobs.runDue();
        return issued.json().get("id").asLong();
    }

    public long assignment(long directive, String unit) {
        return StreamSupport.stream(api.as("admin").get("/api/directives/" + directive).json().get("assignments").spliterator(), false)
                .filter(a -> a.get("unit").asText().equals(unit)).findFirst().orElseThrow().get("id").asLong();
    }

    public JsonNode detail(long assignment) {
        var response = api.as("admin").get("/api/assignments/" + assignment);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The types of the assignment's deadline history, oldest first. */
    public List<String> events(long assignment) {
        List<String> types = new ArrayList<>();
        detail(assignment).get("escalations").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    public void receiveAndReport(long assignment, String unit) {
        ok(api.as(unit + ".focal").post("/api/assignments/" + assignment + "/receive", Map.of("mode", "DIRECT")));
        report(assignment, unit);
    }

    /** Reports every item of the assignment done. */
    public void report(long assignment, String unit) {
        ok(api.as(unit + ".focal").post("/api/assignments/" + assignment + "/report", reportBody(assignment, "Đã hoàn thành")));
    }

    /** A report body with every item of the assignment done, each with this result. */
    public Map<String, Object> reportBody(long assignment, String result) {
        List<Map<String, Object>> items = new ArrayList<>();
        detail(assignment).get("items").forEach(no -> items.add(Map.of("no", no.asText(), "status", "DONE",
                "result", result)));
        return Map.of("items", items);
    }

    /** The open task of a process (follow-up, escalation, ...) started for this directive number. */
    public List<Task> tasksOf(String processKey, String number) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(number).list();
    }

    /** The one open task of such a process for this number: a test that finds none or several fails. */
    public Task taskOf(String processKey, String number) {
        List<Task> found = tasksOf(processKey, number);
        assertThat(found).as(processKey + " tasks of " + number).hasSize(1);
        return found.get(0);
    }

    public static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }
}
