// One element of the dependency graph as a finding refers to it.
import NetRiskData

/// An element of the dependency graph, as findings name it: its node, its
/// stable id, its kind and its label.
///
///     let cable = dependency.element(tongaCableNode, in: dataset)
///     cable.kind   // .cable
///     cable.name   // "Tonga Cable"
///
/// `node` is the element's id in the graph the finding came from. Dataset
/// elements keep their ids when investments are added (investment nodes are
/// numbered after them), so findings of the same dataset and model compare by
/// `node`; `id` is `DependencyGraph.stableID(of:in:)`, which also compares
/// across datasets (snapshots and exports key on it); `name` is the label of `DependencyGraph.name(of:in:)`, for people
/// and for files that must stay readable (snapshots).
public struct DependencyElement: Hashable, Sendable {
  public var node: Int
  public var id: String
  public var kind: NodeKind
  public var name: String

  public init(node: Int, id: String, kind: NodeKind, name: String) {
    self.node = node
    self.id = id
    self.kind = kind
    self.name = name
  }
}

extension DependencyGraph {
  /// The element that node `node` stands for.
  /// - Complexity: O(1) (plus the length of the label).
  public func element(_ node: Int, in dataset: Dataset) -> DependencyElement {
    DependencyElement(node: node, id: stableID(of: node, in: dataset), kind: kinds[node], name: name(of: node, in: dataset))
  }
}
