package vn.giaoviec.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.giaoviec.IntegrationTest;
import vn.giaoviec.support.Api;
import vn.giaoviec.support.LateLetter;

/** The dashboard's pages as the server sends them: figures, names and the chart are in the HTML. */
@IntegrationTest
class DashboardIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Api api;
    @Autowired
    LateLetter lateLetter;
    @Value("${giaoviec.org.user-password}")
    String password;
    @LocalServerPort
    int port;

    @Test
    void aVisitorWhoIsNotLoggedInIsSentToTheVietnameseLoginForm() {
        ResponseEntity<String> dashboard = page(null, "/dashboard");
        assertThat(dashboard.getStatusCode().value()).isEqualTo(302);
        assertThat(dashboard.getHeaders().getLocation().getPath()).isEqualTo("/login");

        ResponseEntity<String> login = page(null, "/login");
        assertThat(login.getStatusCode().value()).isEqualTo(200);
        assertThat(login.getBody()).contains("<html lang=\"vi\"", "Tên đăng nhập", "Mật khẩu", "Đăng nhập",
                "name=\"_csrf\"");
        assertThat(page(null, "/login?error").getBody()).contains("Sai tên đăng nhập hoặc mật khẩu.");
        assertThat(page(null, "/").getHeaders().getLocation().getPath()).isEqualTo("/dashboard");
    }

    @Test
    void theMonitoringUnitSeesTheLetterWithItsChartItsTreeAndWhoIsLate() {
        var letter = lateLetter.issue(7601);

        String list = listPageWith("so-gddt-vp.focal", "Văn bản số 7601/SGDĐT-VP");
        assertThat(list).contains("Văn bản của đơn vị", "Văn bản số 7601/SGDĐT-VP", "Đơn vị theo dõi",
                "Hoàn thành 3/10 (30%)", "Quá hạn: 6");

        String html = ok(page("so-gddt-vp.focal", "/dashboard/directives/" + letter.id()));
        assertThat(html).contains("Văn bản số 7601/SGDĐT-VP", "Ngày 02/03/2026 của Sở Giáo dục và Đào tạo",
                "Đơn vị theo dõi: Văn phòng Sở", letter.subject());
        // the chart is SVG in the page, one ring segment per class present, with its count
        assertThat(html).contains("<svg id=\"status-chart\"");
        assertThat(segments(html)).containsExactly("DONE_ON_TIME:2", "DONE_LATE:1", "IN_PROGRESS:1", "OVERDUE:6");
        assertThat(html).contains("Kể cả các văn bản triển khai của cấp dưới: 19 nhiệm vụ, 14 quá hạn.");
        // who is late, with whom to call: 6 of the letter and 8 schools of the ward's own letter
        assertThat(html).contains("Đơn vị quá hạn (14)", "Trường Tiểu học Lê Lợi", "Đặng Thanh Phúc",
                "href=\"tel:02253089962\"", "href=\"mailto:th-le-loi-hong-bang.focal@giaoviec.test\"");
        assertThat(count(html, "<tr data-unit=")).isEqualTo(14);
        // the cascade tree folds with <details>, the ward's letter below the ward
        assertThat(html).contains("<details open class=\"root\">", "văn bản " + letter.cascadeNumber(),
                "9 nhiệm vụ, 8 quá hạn");
        // the returned report is on time because it is measured against its resubmission date: say which
        assertThat(html).contains("báo cáo bị trả lại, hạn nộp lại 10/04/2026");
        assertThat(html).contains("href=\"/api/directives/" + letter.id() + "/report.xlsx\"");
        assertThat(html).contains("href=\"/api/directives/" + letter.id() + "/report.docx\"");
        assertThat(html).contains("href=\"/api/directives/" + letter.id() + "/dossier.zip\"");
        String pid = api.as("admin").get("/api/directives/" + letter.id()).json().get("processInstanceId").asText();
        assertThat(html).contains("href=\"/camunda/app/cockpit/default/#/process-instance/" + pid + "\"");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void aPlanMonitoredByItsOwnIssuerHasItsPage() {
        var plan = api.as("so-gddt.focal").post("/api/directives", """
                {"number": "7604/KH-SGDĐT", "issuer": "so-gddt", "issuedOn": "2026-03-02", "subject": "Kế hoạch kiểm tra",
                 "items": [{"no": "1", "text": "Tự kiểm tra", "recipients": ["thpt-ngo-quyen"], "deadline": "2026-12-31"}]}""");
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        // a plan (KH) is monitored by the Sở itself: one unit in both roles
        String html = ok(page("so-gddt.focal", "/dashboard/directives/" + plan.json().get("id").asLong()));
        assertThat(html).contains("Văn bản số 7604/KH-SGDĐT", "Đơn vị theo dõi: Sở Giáo dục và Đào tạo");
    }

    @Test
    void aSchoolSeesItsWardsLetterButNotItsNeighboursAndStrangersGetA403Page() {
        var letter = lateLetter.issue(7602);

        String school = ok(page("th-le-chan-le-chan.focal", "/dashboard"));
        assertThat(school).contains("Văn bản số " + letter.cascadeNumber()).doesNotContain("Văn bản số 7602/SGDĐT-VP");
        String mine = ok(page("th-le-chan-le-chan.focal", "/dashboard/directives/" + letter.cascadeId()));
        assertThat(count(mine, "<li data-unit=")).isEqualTo(1);
        assertThat(mine).contains("Trường Tiểu học Lê Chân").doesNotContain("Trường Tiểu học Dư Hàng");

        ResponseEntity<String> stranger = page("thpt-tran-phu.focal", "/dashboard/directives/" + letter.id());
        assertThat(stranger.getStatusCode().value()).isEqualTo(403);
        assertThat(stranger.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(stranger.getBody()).contains("Không có quyền truy cập").doesNotContain("7602/SGDĐT-VP");
        ResponseEntity<String> missing = page("so-gddt.focal", "/dashboard/directives/99999999");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getBody()).contains("Không tìm thấy");
        assertThat(page("so-gddt.focal", "/dashboard/directives/abc").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theLoginFormOpensASessionThatAlsoDownloadsTheExcelReport() {
        var letter = lateLetter.issue(7603);

        ResponseEntity<String> form = page(null, "/login");
        String cookie = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getBody());
        assertThat(csrf.find()).isTrue();
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("username", "so-gddt.focal");
        fields.add("password", password);
        fields.add("_csrf", csrf.group(1));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        ResponseEntity<String> login = browser().exchange("/login", HttpMethod.POST, new HttpEntity<>(fields, headers), String.class);
        assertThat(login.getStatusCode().value()).isEqualTo(302);
        assertThat(login.getHeaders().getLocation().getPath()).isEqualTo("/dashboard");
        String session = login.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];

        HttpHeaders loggedIn = new HttpHeaders();
        loggedIn.add(HttpHeaders.COOKIE, session);
        loggedIn.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> dashboard = rest.exchange("/dashboard/directives/" + letter.id(), HttpMethod.GET,
                new HttpEntity<>(loggedIn), String.class);
        assertThat(dashboard.getBody()).contains("Ngô Thị Thu Giang", "Văn bản số 7603/SGDĐT-VP");
        ResponseEntity<byte[]> excel = rest.exchange("/api/directives/" + letter.id() + "/report.xlsx", HttpMethod.GET,
                new HttpEntity<>(loggedIn), byte[].class);
        assertThat(excel.getStatusCode().value()).isEqualTo(200);
        assertThat(excel.getBody()).startsWith(new byte[]{'P', 'K'});
    }

    @Test
    void pagesAndProgressTravelCompressedToBrowsersThatAccept() throws Exception {
        var letter = lateLetter.issue(7605);
        for (String path : List.of("/dashboard/directives/" + letter.id(), "/api/directives/" + letter.id() + "/progress")) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("so-gddt-vp.focal:" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).contains("7605/SGDĐT-VP");
        }
    }

    /** GETs a page as a browser would; {@code user} null for nobody, else HTTP Basic. */
    private ResponseEntity<String> page(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        if (user != null) {
            headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        }
        return browser().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The page of the dashboard's list that holds {@code entry}: other tests' letters may be newer. */
    private String listPageWith(String user, String entry) {
        for (int n = 1; n <= 50; n++) {
            String list = ok(page(user, "/dashboard?page=" + n));
            if (list.contains(entry) || !list.contains("page=" + (n + 1))) {
                return list;
            }
        }
        throw new AssertionError("no page of the list within 50");
    }

    /** Sees redirects instead of following them. */
    private TestRestTemplate browser() {
        return rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    private static String ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    private static List<String> segments(String html) {
        Matcher m = Pattern.compile("<circle class=\"segment\"[^>]*data-status=\"(\\w+)\" data-count=\"(\\d+)\"").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + ":" + m.group(2));
        }
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
