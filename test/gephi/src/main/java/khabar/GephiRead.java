package khabar;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens a GEXF or GraphML file the way Gephi's "Open…" does (importer chosen by extension, then the
 * default processor into a new workspace) and prints, as one JSON object, what Gephi holds:
 * the importer's messages, whether the graph is dynamic, its time bounds, and every node
 * and edge with its label, type, spells (as ISO days) and attributes.
 *
 *   java -Djava.awt.headless=true -cp target/classes:$(cat target/classpath.txt) khabar.GephiRead export.gexf
 */
public final class GephiRead {
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: GephiRead FILE.gexf|FILE.graphml [SUM|AVG|MAX|MIN|FIRST|LAST|NO_MERGE]");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(new File(args[0]));
    if (container == null) {
      System.err.println("Gephi has no importer for " + args[0]);
      System.exit(3);
    }
    // The import dialog's "Edges merge strategy": parallel edges of one type between the same two
    // nodes become one edge unless NO_MERGE ("Don't merge"). Without the argument, Gephi's default.
    if (args.length == 2) container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.valueOf(args[1]));
    String strategy = container.getUnloader().getEdgesMergeStrategy().name();
    boolean verified = container.verify();
    boolean dynamic = container.isDynamicGraph();
    // Every issue the importer logged, from INFO up.
    List<Issue> issues = new ArrayList<>(container.getReport().getIssuesList(Integer.MAX_VALUE));
    importer.process(container, new DefaultProcessor(), workspace);
    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);

    StringBuilder json = new StringBuilder(1 << 16);
    json.append("{\"verified\":").append(verified);
    json.append(",\"dynamic\":").append(dynamic);
    json.append(",\"mergeStrategy\":").append(str(strategy));
    json.append(",\"timeRepresentation\":").append(str(model.getConfiguration().getTimeRepresentation().name()));
    json.append(",\"issues\":[");
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      if (i > 0) json.append(',');
      json.append("{\"level\":").append(str(issue.getLevel().name())).append(",\"message\":").append(str(issue.getMessage())).append('}');
    }
    json.append("],\"nodes\":[");
    boolean first = true;
    for (Node n : model.getGraph().getNodes()) {
      if (!first) json.append(',');
      first = false;
      json.append("{\"id\":").append(str(String.valueOf(n.getId()))).append(",\"label\":").append(str(n.getLabel()));
      element(json, n, model.getNodeTable());
      json.append('}');
    }
    json.append("],\"edges\":[");
    first = true;
    for (Edge e : model.getGraph().getEdges()) {
      if (!first) json.append(',');
      first = false;
      json.append("{\"source\":").append(str(String.valueOf(e.getSource().getId())));
      json.append(",\"target\":").append(str(String.valueOf(e.getTarget().getId())));
      json.append(",\"directed\":").append(e.isDirected());
      json.append(",\"type\":").append(str(e.getTypeLabel() == null ? null : String.valueOf(e.getTypeLabel())));
      json.append(",\"label\":").append(str(e.getLabel()));
      json.append(",\"weight\":").append(e.getWeight());
      element(json, e, model.getEdgeTable());
      json.append('}');
    }
    json.append("]}");
    out.println(json);
    System.exit(0); // Gephi's Lookup leaves non-daemon threads behind
  }

  /** Spells and attribute values of one node or edge. */
  private static void element(StringBuilder json, Element el, org.gephi.graph.api.Table table) {
    json.append(",\"spells\":[");
    Interval[] intervals = el.getIntervals();
    for (int i = 0; i < intervals.length; i++) {
      if (i > 0) json.append(',');
      json.append('[').append(day(intervals[i].getLow())).append(',').append(day(intervals[i].getHigh())).append(']');
    }
    json.append("],\"attributes\":{");
    boolean first = true;
    for (Column column : table) {
      if (column.isProperty()) continue; // id, label, interval, weight
      Object value = el.getAttribute(column);
      if (value == null) continue;
      if (!first) json.append(',');
      first = false;
      json.append(str(column.getTitle())).append(':').append(value(value));
    }
    json.append('}');
  }

  private static String value(Object value) {
    if (value instanceof String[] items) {
      StringBuilder s = new StringBuilder("[");
      for (int i = 0; i < items.length; i++) s.append(i > 0 ? "," : "").append(str(items[i]));
      return s.append(']').toString();
    }
    if (value instanceof Number || value instanceof Boolean) return String.valueOf(value);
    return str(String.valueOf(value));
  }

  /** An interval bound (epoch milliseconds for `timeformat="date"`) as an ISO day, or null when open. */
  private static String day(double bound) {
    if (Double.isInfinite(bound)) return "null";
    return str(Instant.ofEpochMilli((long) bound).atZone(ZoneOffset.UTC).toLocalDate().toString());
  }

  private static String str(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
