package dev.mrt.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import dev.mrt.config.ValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Facts from the repository: defaults, poms. */
final class Project {
    final Path root;
    final AppConfig defaults;
    final Map<String, String> pomProperties;
    final String version;
    final List<String> modules;
    final String shadeOutputFile;

    private Project(
            Path root,
            AppConfig defaults,
            Map<String, String> pomProperties,
            String version,
            List<String> modules,
            String shadeOutputFile) {
        this.root = root;
        this.defaults = defaults;
        this.pomProperties = pomProperties;
        this.version = version;
        this.modules = modules;
        this.shadeOutputFile = shadeOutputFile;
    }

    static Project load(Path root) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        Element parent = factory.newDocumentBuilder()
                .parse(root.resolve("pom.xml").toFile())
                .getDocumentElement();
        Map<String, String> properties = new HashMap<>();
        NodeList props = ((Element) parent.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < props.getLength(); i++) {
            if (props.item(i) instanceof Element e) {
                properties.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        List<String> modules = new ArrayList<>();
        NodeList moduleNodes = parent.getElementsByTagName("module");
        for (int i = 0; i < moduleNodes.getLength(); i++) {
            modules.add(moduleNodes.item(i).getTextContent().trim());
        }
        String version = directChild(parent, "version");

        Element app = factory.newDocumentBuilder()
                .parse(root.resolve("streams-app/pom.xml").toFile())
                .getDocumentElement();
        String shadeOutput = null;
        NodeList plugins = app.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("maven-shade-plugin".equals(directChild(plugin, "artifactId"))) {
                shadeOutput = plugin.getElementsByTagName("outputFile")
                        .item(0)
                        .getTextContent()
                        .trim();
            }
        }
        assertThat(shadeOutput)
                .as("streams-app/pom.xml configures the shade plugin's outputFile")
                .isNotNull();
        AppConfig defaults = new ConfigLoader(root, Map.of()).load(null, null, Map.of());
        return new Project(root, defaults, properties, version, modules, shadeOutput);
    }

    private static String directChild(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    /** The configuration the app builds in a container with this environment (and no --config). */
    AppConfig load(Map<String, String> environment) {
        return new ConfigLoader(root, environment).load(null, null, Map.of());
    }

    Set<String> configuredTopics() {
        return Arrays.stream(Setting.values())
                .filter(s -> s.type() == ValueType.TOPIC)
                .map(defaults::string)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
