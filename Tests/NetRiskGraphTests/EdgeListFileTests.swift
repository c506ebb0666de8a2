import Testing
@testable import NetRiskGraph

@Suite struct EdgeListFileTests {
  func parse(_ text: String) throws -> EdgeListFile {
    try EdgeListFile(parsing: Array(text.utf8), name: "g.edges")
  }

  @Test func headersCommentsAndCapacities() throws {
    let file = try parse("# nodes 4 edges 2\n# source 0 sink 3\n# root 1\n# a comment\n0 1 5\r\n\n2 3 7\n")
    #expect(file.nodeCount == 4 && file.edges == [Edge(0, 1, capacity: 5), Edge(2, 3, capacity: 7)])
    #expect(file.source == 0 && file.sink == 3 && file.root == 1 && file.hasCapacities)
    #expect(try file.graph(directed: false).capacity(of: 1) == 7)
  }

  @Test func nodeCountDefaultsToLargestIDPlusOne() throws {
    let file = try parse("0 1\n1 5")
    #expect(file.nodeCount == 6 && !file.hasCapacities)
  }

  @Test(arguments: [
    ("0 x\n", "g.edges:1:3: expected a node id, found 'x'"),
    ("0 1\n-2 1\n", "g.edges:2:1: expected a non-negative node id, found '-2'"),
    ("0 1\n7\n", "g.edges:2:2: expected 'u v' or 'u v capacity', found one column"),
    ("0 1 2 3\n", "g.edges:1:7: expected at most 3 columns, found 4"),
    ("", "g.edges:1:1: empty file: no '# nodes' header and no edge"),
    ("# nodes 2\n0 2\n", "g.edges:2:3: node id 2 is not below the declared node count 2"),
    ("0 1 -4\n", "g.edges:1:5: expected a non-negative integer capacity, found '-4'"),
    ("# nodes many\n", "g.edges:1:9: expected a non-negative integer, found 'many'"),
    ("# nodes 3 edges 2\n0 1\n", "g.edges:2:1: header declares 2 edges, file has 1"),
  ])
  func badInputNamesLineAndColumn(input: String, message: String) {
    do {
      _ = try parse(input)
      Issue.record("no error for \(input.debugDescription)")
    } catch {
      #expect("\(error)" == message)
    }
  }
}
