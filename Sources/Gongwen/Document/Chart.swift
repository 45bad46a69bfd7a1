/// A chart of the table just before it in the document: its values are that table's cells, read once
/// when the document is built, so a chart can never show another figure than its table.
public struct Chart: Hashable, Sendable {
    /// How the values are drawn.
    public enum Kind: String, Hashable, Sendable {
        /// Bars side by side per category, one bar per series (horizontal, so that long unit names
        /// read on one line).
        case bar
        /// A line per series across the categories (months).
        case line
    }

    /// How the values are drawn.
    public var kind: Kind
    /// The caption (图题), written above the chart.
    public var caption: String
    /// The first column's header (牵头单位, 月份): the categories' name in the chart's workbook.
    public var categoryName: String
    /// The categories, from the table's first column, in order.
    public var categories: [String]
    /// The series, one per charted column.
    public var series: [ChartSeries]
    /// A label per category (the 完成率 column), or empty.
    public var labels: [String]
    /// The label column's header.
    public var labelName: String

    /// Creates a chart.
    public init(
        kind: Kind, caption: String, categoryName: String = "", categories: [String], series: [ChartSeries],
        labels: [String] = [], labelName: String = ""
    ) {
        self.kind = kind
        self.caption = caption
        self.categoryName = categoryName
        self.categories = categories
        self.series = series
        self.labels = labels
        self.labelName = labelName
    }

    /// The largest value, at least 1 (an axis needs a span).
    public var maximum: Int {
        max(1, series.flatMap(\.values).max() ?? 0)
    }
}

/// One series of a chart: a column of its table.
public struct ChartSeries: Hashable, Sendable {
    /// The column's header (or the template's name for it).
    public var name: String
    /// One value per category.
    public var values: [Int]

    /// Creates a series.
    public init(name: String, values: [Int]) {
        self.name = name
        self.values = values
    }
}
