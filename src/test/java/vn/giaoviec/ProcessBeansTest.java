package vn.giaoviec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The beans the diagrams call ({@code ${bean}}, {@code ${bean.method(...)}}) are invisible to the
 * module check: here each one must exist, offer what the diagram calls (a public method of a public
 * class, or a delegate or listener), and belong to the module that owns the diagram — a diagram that
 * called a module above its own would be an import cycle the compiler never sees.
 */
class ProcessBeansTest {

    /** The module that owns each diagram: its beans live there. */
    static final Map<String, String> OWNERS = Map.of(
            "directive.bpmn", "directive",
            "assignment.bpmn", "directive",
            "directive-withdrawal.bpmn", "directive",
            "directive-intake.bpmn", "intake",
            "round-report.bpmn", "rounds",
            "deadline-watch.bpmn", "deadline",
            "follow-up.bpmn", "deadline",
            "escalation.bpmn", "deadline",
            "extension-request.bpmn", "deadline");

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private static final Pattern CALL = Pattern.compile("\\b(\\w+)\\.(\\w+)\\(([^()]*)\\)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

    private static final Map<String, Class<?>> beans = new HashMap<>();

    @BeforeAll
    static void scanBeans() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        var registry = new SimpleBeanDefinitionRegistry();
        for (var definition : scanner.findCandidateComponents("vn.giaoviec")) {
            String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry);
            beans.put(name, Class.forName(((AnnotatedBeanDefinition) definition).getMetadata().getClassName()));
        }
    }

    @Test
    void everyDiagramHasAnOwningModule() throws IOException {
        assertThat(diagrams()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(OWNERS.keySet());
    }

    @Test
    void everyBeanADiagramCallsExistsAndBelongsToTheModuleThatOwnsTheDiagram() throws IOException {
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Path diagram : diagrams()) {
            String file = diagram.getFileName().toString();
            String xml = Files.readString(diagram);
            Matcher delegate = DELEGATE.matcher(xml);
            while (delegate.find()) {
                calls++;
                Class<?> type = bean(file, delegate.group(1), problems);
                if (type != null && !JavaDelegate.class.isAssignableFrom(type)
                        && !ExecutionListener.class.isAssignableFrom(type) && !TaskListener.class.isAssignableFrom(type)) {
                    problems.add(file + ": " + delegate.group(1) + " is no delegate or listener");
                }
            }
            Matcher expression = EXPRESSION.matcher(xml);
            while (expression.find()) {
                Matcher call = CALL.matcher(expression.group(1));
                while (call.find()) {
                    calls++;
                    Class<?> type = bean(file, call.group(1), problems);
                    int arity = call.group(3).isBlank() ? 0 : call.group(3).split(",").length;
                    if (type != null && !callable(type, call.group(2), arity)) {
                        problems.add(file + ": " + call.group(1) + "." + call.group(2) + " with " + arity
                                + " argument(s) is not a public method of a public class (EL cannot call it)");
                    }
                }
            }
        }
        assertThat(calls).as("bean calls found in the diagrams").isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    private static Class<?> bean(String file, String name, List<String> problems) {
        Class<?> type = beans.get(name);
        if (type == null) {
            problems.add(file + ": no bean named " + name);
            return null;
        }
        String module = ModularityTests.MODULES.getModuleByType(type).map(m -> m.getName()).orElse("(none)");
        if (!module.equals(OWNERS.get(file))) {
            problems.add(file + ": bean " + name + " (" + type.getSimpleName() + ") is in module " + module
                    + ", the diagram belongs to " + OWNERS.get(file));
        }
        return type;
    }

    private static boolean callable(Class<?> type, String method, int arity) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return false;
        }
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == arity) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
