package example;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.quanze.Model;
import org.quanze.QuanzeException;
import org.quanze.Route;

/**
 * A document-management plugin's view of quanze, in Java: given a draft file
 * (XML or JSON, docs/documents.md), print the route the work rules prescribe
 * as JSON on standard output. Exit status 0 with no findings, 1 with
 * findings, 2 when the draft or the question is refused (the message on
 * standard error). The same as examples/dms-plugin/route_json.c and
 * examples/python/route_json.py.
 *
 * Run: java -cp quanze.jar:. example.RouteJson examples/dms-plugin/draft.xml
 */
public final class RouteJson {
  private RouteJson() {}

  /** The route of the draft at {@code draft} on the embedded Yunxi model. */
  public static Route route(Path draft) {
    try (Model model = Model.getDefault()) {
      return model.route(draft);
    }
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: RouteJson DRAFT.xml|DRAFT.json");
      System.exit(2);
    }
    Route route;
    try {
      route = route(Paths.get(args[0]));
    } catch (QuanzeException e) {
      System.err.println("RouteJson: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.print(route.toJson());
    System.out.flush();
    System.exit(route.getFindings().isEmpty() ? 0 : 1);
  }
}
