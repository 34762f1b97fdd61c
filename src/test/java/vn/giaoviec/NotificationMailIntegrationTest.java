package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.giaoviec.directive.assignment.AssignmentProcess;
import vn.giaoviec.mail.OutboxSender;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.Scenario;

/**
 * Notices by e-mail through a real SMTP server (GreenMail) inside the test: the application runs
 * with {@code spring.mail.host} set, and each test sends the outbox as its scheduler would. It shares
 * the database of the other integration tests: a second database would leave two engines named
 * "default" in one JVM, and /engine-rest of the other tests could answer from this one's empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=127.0.0.1",
        "giaoviec.notifications.from=giaoviec@so-gddt.test",
        "giaoviec.notifications.base-url=https://giaoviec.haiphong.example/"})
class NotificationMailIntegrationTest {

    static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Scenario scenario;
    @Autowired
    Api api;
    @Autowired
    TaskService tasks;
    @Autowired
    OutboxSender outbox;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aNewAssignmentReachesTheFocalPersonAndTheHeadWithALinkToItsTask() throws Exception {
        scenario.at(2026, 9, 7, 9, 0);
        long id = scenario.issue("9151/SGDĐT-VP", List.of("thpt-tran-phu", "thpt-ngo-quyen"), LocalDate.of(2026, 9, 30),
                Map.of());

        List<MimeMessage> mails = mine("9151/SGDĐT-VP");
        // GreenMail keeps a copy per mailbox: one mail to the focal person and the head of each school
        assertThat(mails).hasSize(4).extracting(MimeMessage::getSubject).containsOnly(
                "[Nhiệm vụ mới] 9151/SGDĐT-VP — hạn 30/09/2026 — V/v kiểm thử thời hạn 9151/SGDĐT-VP");
        MimeMessage mail = to(mails, "thpt-tran-phu.focal@giaoviec.test");
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrder("thpt-tran-phu.focal@giaoviec.test", "thpt-tran-phu.head@giaoviec.test");
        String receive = tasks.createTaskQuery().processInstanceId(scenario.detail(scenario.assignment(id, "thpt-tran-phu"))
                .get("processInstanceId").asText()).taskDefinitionKey(AssignmentProcess.RECEIVE).singleResult().getId();
        String link = "https://giaoviec.haiphong.example/camunda/app/tasklist/default/#/?task=" + receive;
        // plain text and HTML, both in Vietnamese, both with the items, the deadline and the link to the task
        assertThat(text(mail)).contains("Kính gửi: Trường THPT Trần Phú", "Sở Giáo dục và Đào tạo giao cho đơn vị nhiệm vụ"
                + " theo văn bản số 9151/SGDĐT-VP", "1. Báo cáo kết quả rà soát", "Thời hạn: 30/09/2026", link);
        assertThat(html(mail)).contains("<html lang=\"vi\">", "Trường THPT Trần Phú", "Báo cáo kết quả rà soát",
                "<b>30/09/2026</b>", "<a href=\"" + link + "\"", ">Tiếp nhận nhiệm vụ</a>");
        assertThat(html(to(mails, "thpt-ngo-quyen.head@giaoviec.test"))).contains("Trường THPT Ngô Quyền")
                .doesNotContain("Trường THPT Trần Phú");
    }

    @Test
    void theUnitsSentACopyAreToldOnceAndSeeTheLetterWithoutActingOnIt() throws Exception {
        scenario.at(2026, 9, 7, 9, 0);
        long id = scenario.issue("9152/SGDĐT-VP", List.of("thpt-tran-phu"), LocalDate.of(2026, 9, 30),
                Map.of("cc", List.of("so-gddt-bgd")));

        List<MimeMessage> copies = mine("9152/SGDĐT-VP").stream()
                .filter(m -> subject(m).startsWith("[Để biết, theo dõi]")).toList();
        assertThat(copies).hasSize(2);
        assertThat(Arrays.stream(copies.get(0).getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrder("so-gddt-bgd.focal@giaoviec.test", "so-gddt-bgd.head@giaoviec.test");
        assertThat(text(copies.get(0))).contains("Kính gửi: Ban Giám đốc Sở", "để biết, theo dõi",
                "Văn bản giao nhiệm vụ cho 1 đơn vị",
                "https://giaoviec.haiphong.example/dashboard/directives/" + id);

        // the board sees the whole letter, read-only; before, it saw nothing of it
        var letter = api.as("so-gddt-bgd.head").get("/api/directives/" + id);
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.json().get("assignments")).hasSize(1);
        assertThat(api.as("so-gddt-bgd.head").get("/api/directives/" + id + "/progress").status()).isEqualTo(200);
        assertThat(api.as("so-gddt-bgd.head").post("/api/directives/" + id + "/withdrawal",
                Map.of("reason", "Thử")).status()).isEqualTo(403);
        assertThat(api.as("thpt-ngo-quyen.focal").get("/api/directives/" + id).status()).isEqualTo(403);
    }

    @Test
    void aUnitThatChoseADailyDigestGetsOneMailForAllItsNewWork() throws Exception {
        // thpt-le-quy-don takes its notices of new work as a daily digest (org/demo.yaml); other tests' letters
        // to it may be waiting in the shared database: yesterday's digest sends them first
        scenario.at(2026, 9, 8, 7, 0);
        outbox.sendDigests();
        smtp.purgeEmailFromAllMailboxes();
        scenario.at(2026, 9, 8, 9, 0);
        scenario.issue("9153/SGDĐT-VP", List.of("thpt-le-quy-don", "thpt-tran-phu"), LocalDate.of(2026, 9, 30), Map.of());
        scenario.issue("9154/SGDĐT-VP", List.of("thpt-le-quy-don"), LocalDate.of(2026, 10, 15), Map.of());
        assertThat(mailsTo("thpt-le-quy-don.focal@giaoviec.test")).isEmpty();
        assertThat(mine("9153/SGDĐT-VP")).extracting(NotificationMailIntegrationTest::subject)
                .allMatch(s -> s.startsWith("[Nhiệm vụ mới]")).hasSize(2);

        scenario.at(2026, 9, 9, 7, 0);
        outbox.sendDigests();

        // one mail, addressed to the focal person and the head (GreenMail stores a copy per mailbox)
        List<MimeMessage> digest = mailsTo("thpt-le-quy-don.focal@giaoviec.test");
        assertThat(digest).hasSize(2);
        assertThat(subject(digest.get(0))).isEqualTo("[Tổng hợp] 2 thông báo mới — 09/09/2026");
        assertThat(text(digest.get(0))).contains("1. [Nhiệm vụ mới] 9153/SGDĐT-VP", "2. [Nhiệm vụ mới] 9154/SGDĐT-VP",
                "Kính gửi: Trường THPT Lê Quý Đôn");
        assertThat(html(digest.get(0))).contains("/camunda/app/tasklist/default/#/?task=");
        outbox.sendDigests();
        assertThat(mailsTo("thpt-le-quy-don.focal@giaoviec.test")).as("nothing new: no second digest").hasSize(2);
    }

    @Test
    void theReminderReachesTheFocalPersonAndTheHeadByMailAndIsKeptAsARecord() throws Exception {
        scenario.at(2026, 9, 7, 9, 0);
        long id = scenario.issue("9150/SGDĐT-VP", List.of("thpt-ngo-quyen"), LocalDate.of(2026, 9, 18), Map.of());
        long school = scenario.assignment(id, "thpt-ngo-quyen");
        assertThat(deadlineMails("9150/SGDĐT-VP")).isEmpty();

        scenario.at(2026, 9, 15, 0, 1);
        List<MimeMessage> mails = deadlineMails("9150/SGDĐT-VP");
        assertThat(mails).hasSize(2);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Nhắc hạn] Hạn 18/09/2026: báo cáo kết quả thực hiện nhiệm vụ 1 theo văn bản 9150/SGDĐT-VP");
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrder("thpt-ngo-quyen.focal@giaoviec.test", "thpt-ngo-quyen.head@giaoviec.test");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("giaoviec@so-gddt.test");
        assertThat(text(mail)).contains("Trường THPT Ngô Quyền");
        assertThat(scenario.events(school)).containsExactly("REMINDER");

        // past the deadline: the overdue notice follows the same way
        scenario.at(2026, 9, 19, 0, 1);
        assertThat(deadlineMails("9150/SGDĐT-VP")).hasSize(4).extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.startsWith("[Quá hạn]")).hasSize(2);
    }

    /** This test's mails (on a shared database other directives' notices may fall due too). */
    private static List<MimeMessage> mine(String number) {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (subject(m).contains(number)) {
                mine.add(m);
            }
        }
        return mine;
    }

    private static List<MimeMessage> deadlineMails(String number) {
        return mine(number).stream().filter(m -> !subject(m).startsWith("[Nhiệm vụ mới]")).toList();
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).toList();
    }

    private static MimeMessage to(List<MimeMessage> mails, String address) {
        return mails.stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage m) throws Exception {
        return part(m, "text/plain");
    }

    private static String html(MimeMessage m) throws Exception {
        return part(m, "text/html");
    }

    /** A part of the mail's multipart/alternative body, decoded. */
    private static String part(MimeMessage m, String type) throws Exception {
        return find((Multipart) m.getContent(), type);
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
