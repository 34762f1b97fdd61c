package vn.giaoviec.kernel;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * How the API reads JSON text: a NUL character is refused with the field's name (PostgreSQL cannot
 * keep one in text, and no letter holds one); anything else — markup, EL, SQL, right-to-left marks —
 * is text and kept verbatim. Spring Boot adds every Jackson module bean to its ObjectMapper.
 */
@Component
class StrictJson extends SimpleModule {

    StrictJson() {
        super("giaoviec-strict-json");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
                String text = super.deserialize(p, context);
                if (text != null && text.indexOf(0) >= 0) {
                    return (String) context.handleWeirdStringValue(String.class, text,
                            "contains a NUL character (\\u0000), which is not text");
                }
                return text;
            }
        });
    }
}
