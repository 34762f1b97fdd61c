package vn.giaoviec.processes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoviec.kernel.ApiException;

/**
 * Refuses, before anything is stored, a diagram that would break what the code relies on: a
 * process owner may add steps to a shipped process (an approval, a consultation, a notice) but not
 * remove or re-type one of its steps and events, nor drop what the code put on them (listeners,
 * delegates, forms, assignees, timers, messages). Any diagram must call only beans that exist and use
 * forms and processes that are deployed. The contract is the jar's own bpmn/ folder. Through
 * /engine-rest (Camunda Modeler's deploy) the refusal is a 400 whose message says, in Vietnamese, what
 * is wrong.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin implements Deployer {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    // the flow nodes a process owner may add but not take away; gateways and plain tasks may be reshaped
    private static final Set<String> STEPS = Set.of("userTask", "serviceTask", "sendTask", "scriptTask",
            "businessRuleTask", "receiveTask", "callActivity", "subProcess", "startEvent", "endEvent",
            "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent");
    private static final Set<String> EVENT_DEFINITIONS = Set.of("timerEventDefinition", "messageEventDefinition",
            "signalEventDefinition", "errorEventDefinition", "escalationEventDefinition", "conditionalEventDefinition");
    // ${bean} as a delegate, ${bean.method(...)} / ${bean.property} anywhere
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern CALLED = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*(\\.|$)");
    // what the engine itself puts into an expression's context
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "caseExecution", "authenticatedUserId",
            "variableScope", "connector");

    private final ListableBeanFactory beans;
    private final ObjectMapper json = new ObjectMapper();
    private Map<String, Element> contract;

    DeploymentGuard(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers();
        if (deployers == null) {
            deployers = new ArrayList<>();
            configuration.setCustomPreDeployers(deployers);
        }
        deployers.add(this);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        Map<String, ResourceEntity> resources = deployment.getResources();
        if (resources == null) {
            return;
        }
        Set<String> formsHere = new HashSet<>();
        Set<String> processesHere = new HashSet<>();
        Map<String, Document> diagrams = new HashMap<>();
        resources.forEach((name, resource) -> {
            if (name.endsWith(".form")) {
                formsHere.add(formId(resource.getBytes()));
            } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                Document diagram = parse(resource.getBytes());
                // a document that is no BPMN at all: the engine's own parser says what is wrong with it
                if (diagram != null) {
                    diagrams.put(name, diagram);
                    children(diagram.getDocumentElement(), "process").forEach(p -> processesHere.add(p.getAttribute("id")));
                }
            }
        });
        List<String> problems = new ArrayList<>();
        diagrams.forEach((name, diagram) -> {
            for (Element process : children(diagram.getDocumentElement(), "process")) {
                Element shipped = contract().get(process.getAttribute("id"));
                if (shipped != null) {
                    keepsTheContract(shipped, process, problems);
                }
                callsWhatExists(process, formsHere, processesHere, problems);
            }
        });
        if (!problems.isEmpty()) {
            String names = String.join(", ", diagrams.keySet());
            throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Không triển khai được " + names + ": " + String.join("; ", problems)
                            + ". Có thể thêm bước mới, nhưng các bước, biểu mẫu và thành phần hệ thống cần phải giữ nguyên.",
                    problems);
        }
    }

    /** Every step of the shipped process is still there, of the same kind, with everything the code put on it. */
    private void keepsTheContract(Element shipped, Element changed, List<String> problems) {
        Map<String, Element> steps = new HashMap<>();
        descendants(changed).forEach(e -> steps.put(e.getAttribute("id"), e));
        Set<String> lost = new LinkedHashSet<>(ownCode(shipped));
        lost.removeAll(ownCode(changed));
        // how long history is kept and the owner's own version label are theirs to choose
        lost.removeIf(code -> code.startsWith("camunda:historyTimeToLive=") || code.startsWith("camunda:versionTag="));
        lost.forEach(code -> problems.add("quy trình đã bỏ " + code + " mà hệ thống cần"));
        for (Element step : descendants(shipped)) {
            String id = step.getAttribute("id");
            Element now = steps.get(id);
            if (now == null) {
                problems.add("thiếu bước «" + step.getAttribute("name") + "» (" + id + ") mà hệ thống cần");
            } else if (!now.getLocalName().equals(step.getLocalName())) {
                problems.add("bước «" + step.getAttribute("name") + "» (" + id + ") phải là " + step.getLocalName()
                        + ", không phải " + now.getLocalName());
            } else {
                Set<String> missing = new LinkedHashSet<>(signature(step));
                missing.removeAll(signature(now));
                missing.forEach(code -> problems.add("bước «" + step.getAttribute("name") + "» (" + id + ") đã bỏ "
                        + code + " mà hệ thống cần"));
            }
        }
    }

    /** Beans, forms and called processes named in the diagram exist. */
    private void callsWhatExists(Element process, Set<String> formsHere, Set<String> processesHere, List<String> problems) {
        List<Element> elements = new ArrayList<>(descendants(process));
        elements.add(process);
        CommandContext command = Context.getCommandContext();
        for (Element element : elements) {
            String label = element == process ? "quy trình «" + process.getAttribute("id") + "»"
                    : "bước «" + element.getAttribute("name") + "» (" + element.getAttribute("id") + ")";
            for (String code : element == process ? ownCode(element) : signature(element)) {
                Matcher expression = EXPRESSION.matcher(code);
                while (expression.find()) {
                    Matcher called = CALLED.matcher(expression.group(1));
                    if (called.find() && (code.contains("delegateExpression") || ".".equals(called.group(2)))
                            && !ENGINE_NAMES.contains(called.group(1)) && !beans.containsBean(called.group(1))) {
                        problems.add(label + " gọi «" + called.group(1) + "» (" + expression.group()
                                + "), hệ thống không có thành phần nào tên như vậy");
                    }
                }
            }
            String form = element.getAttributeNS(CAMUNDA, "formRef");
            if (!form.isEmpty() && !formsHere.contains(form)
                    && command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(form) == null) {
                problems.add(label + " dùng biểu mẫu «" + form + "» chưa được triển khai");
            }
            String called = "callActivity".equals(element.getLocalName()) ? element.getAttribute("calledElement") : "";
            if (!called.isEmpty() && !called.contains("${") && !processesHere.contains(called)
                    && command.getProcessDefinitionManager().findLatestProcessDefinitionByKey(called) == null) {
                problems.add(label + " gọi quy trình «" + called + "» chưa được triển khai");
            }
        }
    }

    /** What the code put on a step: Camunda attributes, listeners and other extensions, event definitions. */
    private static Set<String> signature(Element step) {
        Set<String> codes = new LinkedHashSet<>(ownCode(step));
        for (Element definition : childElements(step)) {
            if (EVENT_DEFINITIONS.contains(definition.getLocalName())) {
                String detail = definition.getTextContent().trim().replaceAll("\\s+", " ");
                String ref = definition.getAttribute("messageRef") + definition.getAttribute("signalRef")
                        + definition.getAttribute("errorRef");
                codes.add(definition.getLocalName() + (ref.isEmpty() ? "" : " " + ref) + (detail.isEmpty() ? "" : " " + detail));
            }
        }
        if (step.hasAttribute("attachedToRef")) {
            codes.add("attachedToRef=" + step.getAttribute("attachedToRef"));
        }
        return codes;
    }

    /** The element's camunda:* attributes and its extension elements, not those of its children steps. */
    private static List<String> ownCode(Element element) {
        List<String> codes = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (CAMUNDA.equals(attribute.getNamespaceURI())) {
                codes.add("camunda:" + attribute.getLocalName() + "=\"" + attribute.getValue() + "\"");
            }
        }
        for (Element extensions : childElements(element)) {
            if ("extensionElements".equals(extensions.getLocalName())) {
                collectExtensions(extensions, codes);
            }
        }
        return codes;
    }

    private static void collectExtensions(Element parent, List<String> codes) {
        for (Element extension : childElements(parent)) {
            if (!CAMUNDA.equals(extension.getNamespaceURI())) {
                continue;
            }
            StringBuilder code = new StringBuilder("camunda:" + extension.getLocalName());
            NamedNodeMap attributes = extension.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (!"id".equals(attribute.getLocalName())) {
                    code.append(' ').append(attribute.getLocalName()).append("=\"").append(attribute.getValue()).append('"');
                }
            }
            List<Element> inner = childElements(extension);
            if (inner.isEmpty()) {
                String text = extension.getTextContent().trim();
                if (!text.isEmpty()) {
                    code.append(' ').append(text);
                }
                codes.add(code.toString());
            } else {
                codes.add(code.toString());
                collectExtensions(extension, codes);
            }
        }
    }

    /** The steps of a process or sub-process, to any depth. */
    private static List<Element> descendants(Element container) {
        List<Element> steps = new ArrayList<>();
        for (Element child : childElements(container)) {
            if (BPMN.equals(child.getNamespaceURI()) && STEPS.contains(child.getLocalName())) {
                steps.add(child);
                if ("subProcess".equals(child.getLocalName())) {
                    steps.addAll(descendants(child));
                }
            }
        }
        return steps;
    }

    private static List<Element> children(Element parent, String bpmnName) {
        return childElements(parent).stream()
                .filter(e -> BPMN.equals(e.getNamespaceURI()) && bpmnName.equals(e.getLocalName())).toList();
    }

    private static List<Element> childElements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The shipped processes by key, read once from the jar's bpmn/ folder. */
    private synchronized Map<String, Element> contract() {
        if (contract == null) {
            Map<String, Element> processes = new HashMap<>();
            try {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
                    try (InputStream in = resource.getInputStream()) {
                        children(parse(in.readAllBytes()).getDocumentElement(), "process")
                                .forEach(p -> processes.put(p.getAttribute("id"), p));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the shipped diagrams", e);
            }
            contract = processes;
        }
        return contract;
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // a deployed file is untrusted input: no external entities
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            return BPMN.equals(document.getDocumentElement().getNamespaceURI()) ? document : null;
        } catch (Exception e) {
            return null;
        }
    }

    private String formId(byte[] bytes) {
        try {
            return json.readTree(bytes).path("id").asText();
        } catch (IOException e) {
            // not JSON: the engine's form deployer refuses it with its own message
            return "";
        }
    }
}
