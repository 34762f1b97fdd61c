package vn.giaoviec.intake;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.giaoviec.audit.AuditLog;
import vn.giaoviec.directive.DirectiveBody;

/**
 * The text import's web slice: a pasted text goes to the reader as it was sent (Vietnamese intact),
 * the draft comes back as JSON; an empty paste or a JSON body is refused before the reader is asked.
 * The reader is mocked (DirectiveTextParserTest and the corpus test read real letters).
 */
@WebMvcTest(DraftController.class)
@AutoConfigureMockMvc(addFilters = false)
class DraftControllerTests {

    private static final String TEXT = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 8628/SGDĐT-VP\nV/v triển khai số hóa hồ sơ học sinh";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Drafts drafts;
    @MockitoBean
    AuditLog audit;

    @Test
    void aPastedLetterComesBackAsADraft() throws Exception {
        given(drafts.draft(TEXT)).willReturn(new DirectiveBody("8628/SGDĐT-VP", "CV", "so-gddt", null, "Hải Phòng",
                LocalDate.of(2025, 11, 14), "V/v triển khai số hóa hồ sơ học sinh", List.of(), List.of(), null, null,
                List.of(), null, "Sở Giáo dục và Đào tạo", List.of(), List.of(), List.of("no task item found")));

        mvc.perform(post("/api/directives/drafts").contentType("text/plain;charset=UTF-8").content(TEXT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("8628/SGDĐT-VP"))
                .andExpect(jsonPath("$.issuedOn").value("2025-11-14"))
                .andExpect(jsonPath("$.subject").value("V/v triển khai số hóa hồ sơ học sinh"))
                .andExpect(jsonPath("$.warnings[0]").value("no task item found"));
    }

    @Test
    void anEmptyPasteIsRefused() throws Exception {
        mvc.perform(post("/api/directives/drafts").contentType(MediaType.TEXT_PLAIN).content("  \n "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("send the document's text as text/plain"));
        verifyNoInteractions(drafts);
    }

    @Test
    void jsonIsNotALettersText() throws Exception {
        mvc.perform(post("/api/directives/drafts").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"...\"}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported content type"));
        verifyNoInteractions(drafts);
    }
}
