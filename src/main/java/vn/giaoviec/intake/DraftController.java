package vn.giaoviec.intake;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoviec.directive.DirectiveBody;
import vn.giaoviec.kernel.ApiException;

/** {@code POST /api/directives/drafts}: a document's text in, a draft out; nothing is stored. */
@RestController
class DraftController {

    private final Drafts drafts;

    DraftController(Drafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping(path = "/api/directives/drafts", consumes = MediaType.TEXT_PLAIN_VALUE)
    DirectiveBody draft(@RequestBody(required = false) String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("send the document's text as text/plain");
        }
        return drafts.draft(text);
    }
}
