/// Registered default views by type name (what a format.ps1xml would declare). Modules add
/// theirs in their set-up, e.g. a user type shown as a table of its name and display name.
public struct ViewColumn: Sendable {
    public var label: String
    /// The property read for the cell.
    public var property: String
    public var alignment: Alignment?
    public var width: Int?
    public init(_ property: String, label: String? = nil, alignment: Alignment? = nil, width: Int? = nil) {
        self.property = property
        self.label = label ?? property
        self.alignment = alignment
        self.width = width
    }
}

public enum ViewShape: Sendable { case table, list }

/// A table view's grouping (format.ps1xml's GroupBy): consecutive objects with the same value of
/// `property` form one table under a header line, `   TypeName: System.String` for Get-Member,
/// `    Directory: /tmp` for Get-ChildItem.
public struct ViewGroup: Sendable {
    public var label: String
    public var property: String
    public var indent: Int
    /// Turns the property's text into the header's (drops the provider prefix of PSParentPath).
    public var display: @Sendable (String) -> String
    public init(label: String, property: String, indent: Int = 3, display: @escaping @Sendable (String) -> String = { $0 }) {
        self.label = label
        self.property = property
        self.indent = indent
        self.display = display
    }
    public func header(_ text: String) -> String { String(repeating: " ", count: indent) + label + ": " + display(text) }
}

public struct FormatView: Sendable {
    public var typeName: String
    /// One view can be registered for several types (Get-Command's for cmdlets, functions and
    /// aliases): objects of any of them share a document.
    public var name: String
    public var shape: ViewShape
    public var columns: [ViewColumn]
    public var groupBy: ViewGroup?
    /// A DefaultDisplayPropertySet (Update-TypeData), not a format view: the object's table is
    /// built from those properties as from any others (alignment from the values, other objects
    /// join it).
    public var isPropertySet = false
    /// When set, the view shows only objects that have this property (a format.ps1xml
    /// `SelectionCondition` on a property): one type can have a view for the objects one command
    /// writes with an extra property and another for the rest. Such views are tried first.
    public var requiredProperty: String?
    public init(typeName: String, name: String? = nil, shape: ViewShape, columns: [ViewColumn], groupBy: ViewGroup? = nil,
                requiredProperty: String? = nil) {
        self.typeName = typeName
        self.name = name ?? (requiredProperty.map { "\(typeName)#\($0)" } ?? typeName)
        self.shape = shape
        self.columns = columns
        self.groupBy = groupBy
        self.requiredProperty = requiredProperty
    }
}

public final class ViewRegistry {
    private var views: [NameKey: FormatView] = [:]
    /// Views with a `requiredProperty`, by type name, in registration order.
    private var conditionalViews: [NameKey: [FormatView]] = [:]
    public init() {
        // PowerShell's own views for .NET types scripts print on their own.
        registerTable(typeName: "System.Guid", columns: ["Guid"])
        register(FormatView(typeName: "System.Version", shape: .table, columns: [
            ViewColumn("Major", alignment: .left, width: 6), ViewColumn("Minor", alignment: .left, width: 6),
            ViewColumn("Build", alignment: .left, width: 6), ViewColumn("Revision", alignment: .left, width: 8)]))
        // pwsh's Dictionary view: a hashtable is shown as its entries, one table for all of them
        register(FormatView(typeName: "System.Collections.DictionaryEntry", shape: .table, columns: [
            ViewColumn("Name", alignment: .left, width: 30), ViewColumn("Value", alignment: .left)]))
        register(FormatView(typeName: "System.TimeSpan", shape: .list, columns: ["Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours", "TotalMinutes", "TotalSeconds", "TotalMilliseconds"].map { ViewColumn($0) }))
    }

    public func register(_ view: FormatView) {
        let key = NameKey(view.typeName)
        guard view.requiredProperty != nil else { views[key] = view; return }
        var list = conditionalViews[key] ?? []
        list.removeAll { CaseFold.equal($0.name, view.name) }
        list.append(view)
        conditionalViews[key] = list
    }

    /// Shorthand: a table view with these property columns.
    public func registerTable(typeName: String, columns: [String]) {
        register(FormatView(typeName: typeName, shape: .table, columns: columns.map { ViewColumn($0) }))
    }

    /// Whether the view named `name` shows `value`: the first view along its type names is that view.
    public func applies(_ name: String, to value: Value) -> Bool {
        guard let v = view(for: value) else { return false }
        return CaseFold.equal(v.name, name)
    }

    /// The view that shows `value`: along its type names, the first conditional view whose
    /// property it has, else the type's plain view.
    public func view(for value: Value) -> FormatView? {
        if conditionalViews.isEmpty { return view(for: value.typeNames) }
        var names: [String]?
        for t in value.typeNames {
            let key = NameKey(t)
            if let list = conditionalViews[key] {
                let have = names ?? ObjectAccess.propertyNames(of: value)
                names = have
                if let v = list.first(where: { v in have.contains { CaseFold.equal($0, v.requiredProperty ?? "") } }) { return v }
            }
            if let v = views[key] { return v }
        }
        return nil
    }

    /// The first registered view along the type-name hierarchy (views with a required property
    /// aside: they need the object, `view(for:)` with a value).
    public func view(for typeNames: [String]) -> FormatView? {
        for t in typeNames { if let v = views[NameKey(t)] { return v } }
        return nil
    }
}
