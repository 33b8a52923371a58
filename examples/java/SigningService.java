package example;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quanze.Answer;
import org.quanze.Capacity;
import org.quanze.Citation;
import org.quanze.Model;
import org.quanze.ModelSlot;
import org.quanze.NotFoundException;
import org.quanze.Person;
import org.quanze.SignRequest;

/**
 * An office-automation service that routes a document to whoever must sign
 * it: the kind of class an OA server puts behind its "submit for signature"
 * button. One model is shared by every request thread; reload() swaps in
 * new rules or a new organisation export without stopping the service.
 *
 * Run: java -cp quanze.jar:. example.SigningService
 */
public final class SigningService implements AutoCloseable {
  /** What the OA front end shows: who signs, who countersigns, and why. */
  public static final class Routing {
    public final List<String> signers = new ArrayList<>();
    public final List<String> countersigners = new ArrayList<>();
    public final List<String> basis = new ArrayList<>();
    public String problem;

    @Override
    public String toString() {
      if (problem != null) {
        return "cannot route: " + problem;
      }
      return "sign: " + String.join(" or ", signers)
          + (countersigners.isEmpty() ? "" : "; countersign: " + String.join(", ", countersigners))
          + "; basis: " + String.join(", ", basis);
    }
  }

  private final ModelSlot slot;

  public SigningService(Model model) {
    this.slot = ModelSlot.create(model);
  }

  /** Publishes a model rebuilt from new files; requests in flight keep the old one. */
  public void reload(Path rules, Path org) {
    try (Model fresh = Model.load(rules, org, null)) {
      slot.set(fresh);
    }
  }

  /** Who signs a document of {@code kind} addressed to {@code recipient}, submitted on {@code date}. */
  public Routing route(String kind, String recipient, LocalDate date, String... leadersInCharge) {
    Routing r = new Routing();
    try {
      // The slot's current model, shared by every request thread: nothing to close.
      Answer answer = slot.get().sign(SignRequest.of(kind, date).recipient(recipient).portfolios(leadersInCharge));
      if (!answer.isFound()) {
        r.problem = answer.getReason();
        return r;
      }
      for (Person p : answer.getPeople(Capacity.SIGNER)) {
        r.signers.add(p.getName() + "（" + p.getPost() + describe(p) + "）");
      }
      for (Person p : answer.getPeople(Capacity.COUNTERSIGNER)) {
        r.countersigners.add(p.getName() + "（" + p.getPost() + "）");
      }
      for (Citation c : answer.getCitations()) {
        r.basis.add(c.toString());
      }
    } catch (NotFoundException e) {
      r.problem = e.getMessage();
    }
    return r;
  }

  private static String describe(Person p) {
    switch (p.getVia()) {
      case ACTING:
        return "，代" + p.getForPost();
      case ENTRUSTED:
        return "，受" + p.getForPost() + "委托";
      default:
        return "";
    }
  }

  @Override
  public void close() {
    slot.close();
  }

  public static void main(String[] args) {
    try (Model model = Model.getDefault(); SigningService service = new SigningService(model)) {
      LocalDate monday = LocalDate.of(2026, 3, 2);
      LocalDate away = LocalDate.of(2026, 3, 10); // the county head is out of the county, entrusted
      System.out.println("请示 to the city, " + monday + ": " + service.route("request", "city-government", monday));
      System.out.println("请示 to the city, " + away + ": " + service.route("request", "city-government", away));
      System.out.println("other document, " + monday + ": " + service.route("other", null, monday, "deputy-1"));
      System.out.println("unknown kind: " + service.route("memo", null, monday));
    }
  }
}
