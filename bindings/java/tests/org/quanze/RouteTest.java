package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Routes of drafts and 发文字号 on the Yunxi demo model; the plugin example; errors with positions. */
public class RouteTest {
  private static Model model;

  @BeforeClass
  public static void open() {
    model = Model.getDefault();
  }

  @AfterClass
  public static void close() {
    model.close();
  }

  private static Path plugin(String name) {
    return Paths.get(System.getProperty("quanze.source", "."), "examples", "dms-plugin", name);
  }

  private static void checkPluginRoute(Route r) {
    List<String> kinds = new ArrayList<>();
    for (RouteStep s : r.getSteps()) {
      kinds.add(s.getName());
    }
    assertEquals(List.of("drafting", "legality-review", "consultation", "office-review", "signing", "issue"), kinds);
    assertEquals(RouteStepKind.DRAFTING, r.getSteps().get(0).getKind());
    assertEquals("justice", r.getSteps().get(0).getUnit());
    RouteStep consultation = r.step(RouteStepKind.CONSULTATION);
    assertEquals("education", consultation.getUnit());
    assertEquals(LocalDate.of(2026, 10, 15), consultation.getDue());
    assertEquals(52, consultation.getCitations().get(0).getArticle());
    RouteStep signing = r.step(RouteStepKind.SIGNING);
    assertEquals("高永胜", signing.getPeople().get(0).getName());
    assertEquals("county-head", signing.getPeople().get(0).getPost());
    assertEquals("第五十四条第(二)项", signing.getCitations().get(0).toString());
    assertEquals(LocalDate.of(2026, 10, 13), r.step(RouteStepKind.ISSUE).getDue());
    assertTrue(r.getFindings().isEmpty());
    assertTrue(signing.getAnswer().getExplanation().contains("高永胜"));
  }

  @Test
  public void draftFiles() throws Exception {
    checkPluginRoute(model.route(plugin("draft.xml")));
    checkPluginRoute(model.route(Files.readAllBytes(plugin("draft.json")), "draft.json"));
  }

  @Test
  public void fieldsWithFindings() {
    Route r = model.route(RouteRequest.of("通知", LocalDate.of(2026, 10, 9)).portfolios("justice", "education")
        .normative(true).docnum("西政发[2026]012号").agencyCodes("西政发"));
    List<String> ids = new ArrayList<>();
    for (RouteFinding f : r.getFindings()) {
      ids.add(f.getId());
    }
    assertTrue(ids.toString(), ids.containsAll(List.of("validity-limit", "brackets", "leading-zero")));
    assertEquals("GB/T 9704-2012 7.2.4", r.getFindings().get(ids.indexOf("brackets")).getSource());
  }

  @Test
  public void letterSignedByTheLeaderInCharge() {
    Route r = model.route(RouteRequest.of("函", LocalDate.of(2026, 6, 10)).portfolios("justice"));
    Person signer = r.step(RouteStepKind.SIGNING).getPeople().get(0);
    assertEquals("deputy-3", signer.getPost());
    assertEquals("蔡晓明", signer.getName());
  }

  @Test
  public void pluginExample() throws Exception {
    Class<?> example = Class.forName("example.RouteJson");
    Route r = (Route) example.getMethod("route", Path.class).invoke(null, plugin("draft.xml"));
    String json = r.toJson();
    assertTrue(json, json.contains("{\"step\": \"signing\", \"unit\": null, \"people\": [{\"capacity\": \"signer\", "
        + "\"post\": \"county-head\", \"name\": \"高永胜\", \"via\": \"holder\"}]"));
    assertTrue(json, json.contains("\"due\": \"2026-10-15\""));
    assertTrue(json, json.endsWith("\"findings\": []\n}\n"));
  }

  @Test
  public void docnum() {
    DocNum n = DocNum.parse("西政发[2021]011号");
    assertEquals("西政发", n.getCode());
    assertEquals(2021, n.getYear());
    assertEquals(11, n.getSerial());
    assertEquals("西政发〔2021〕11号", n.format());
    assertEquals(DocNum.of("西政发", 2021, 11), n);
    assertTrue(DocNum.check("西政发〔2021〕11号", LocalDate.of(2021, 5, 6), List.of("西政发")).isEmpty());
    DocNumFinding brackets = DocNum.check("西政发[2021]11号").get(0);
    assertEquals("brackets", brackets.getId());
    assertEquals(3, brackets.getOffset());
    assertEquals(9, brackets.getByteOffset());
    assertEquals("GB/T 9704-2012 7.2.4", brackets.getClause());
    assertEquals("leading-zero", DocNum.check("西政发〔2021〕011号").get(0).getId());
    assertEquals("ordinal", DocNum.check("西政发〔2021〕第11号").get(0).getId());
    assertEquals("year-mismatch", DocNum.check("西政发〔2021〕11号", LocalDate.of(2022, 1, 4), null).get(0).getId());
    assertEquals("unknown-code", DocNum.check("西政字〔2021〕11号", null, List.of("西政发")).get(0).getId());
  }

  @Test
  public void errors() {
    try {
      model.route(plugin("missing.xml"));
      fail();
    } catch (FileException e) {
      assertTrue(e.getMessage().contains("missing.xml"));
    }
    try {
      model.route("<draft version=\"1\" kind=\"x\">\n<oops/></draft>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
          "bad.xml");
      fail();
    } catch (SchemaException e) {
      assertEquals("bad.xml", e.getFile());
      assertEquals(1, e.getLine());
      assertEquals(1, e.getColumn());
    }
    try {
      model.route((RouteRequest) null);
      fail();
    } catch (NullPointerException e) {
      assertEquals("request", e.getMessage());
    }
    try {
      RouteRequest.of(null, LocalDate.of(2026, 6, 10));
      fail();
    } catch (NullPointerException e) {
      assertEquals("kind", e.getMessage());
    }
    try {
      model.route(RouteRequest.of("bogus", LocalDate.of(2026, 6, 10)));
      fail();
    } catch (NotFoundException e) {
      assertNotNull(e.getMessage());
    }
    try {
      DocNum.parse(null);
      fail();
    } catch (NullPointerException e) {
      assertEquals("text", e.getMessage());
    }
    try {
      DocNum.parse("no number here");
      fail();
    } catch (ParseException e) {
      assertNotNull(e.getMessage());
    }
    try {
      DocNum.of("西政发", 21, 11).format();
      fail();
    } catch (InvalidArgumentException e) {
      assertNotNull(e.getMessage());
    }
  }
}
