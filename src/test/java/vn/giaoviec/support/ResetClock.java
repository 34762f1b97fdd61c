package vn.giaoviec.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Puts the engine's clock back after every test: tests move it, and every test class shares one engine. */
public class ResetClock implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
