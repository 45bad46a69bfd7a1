/// How large a chart stands on the page, the same in every writer: the text block's width, and a
/// height that gives each category of a bar chart its band (up to most of a page).
public enum ChartGeometry {
    /// The chart's width in twips: the text block's.
    public static let width = PageGeometry.textWidth
    /// Room for the value axis and the legend, in twips.
    static let frame = 1300
    /// A category's band in a bar chart at most (three bars and a gap), in twips: about 1 cm.
    static let band = 560
    /// The tallest chart, in twips: most of the text block, leaving the caption a line above.
    static let tallest = 11_000

    /// The chart's height in twips.
    public static func height(_ chart: Chart) -> Int {
        switch chart.kind {
        case .line: return 5000
        case .bar:
            let bands = max(1, chart.categories.count) * min(band, (tallest - frame) / max(1, chart.categories.count))
            return max(3200, frame + bands)
        }
    }

    /// `1`, `2`, `5` or `10` times a power of ten: the step between value gridlines, about five of them.
    public static func step(for maximum: Int) -> Int {
        var power = 1
        while true {
            for factor in [1, 2, 5] where maximum <= factor * power * 5 { return factor * power }
            power *= 10
        }
    }
}
