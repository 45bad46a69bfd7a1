/// A chart as inline SVG for the HTML page: no script, text in the page's faces, and each value
/// both drawn and written (a `<title>` per bar or point, read by screen readers and on hover).
///
/// Bars and points carry `data-series`, `data-category` and `data-value`, so a check can read
/// every figure back and compare it with the table beside the chart.
public enum SVGChart {
    /// The drawing's width in its own units; the height follows `ChartGeometry`'s proportions.
    static let width = 600.0
    static let font = 13.0
    /// Series colours, distinguishable in grey too: blue, green, dark red, then more.
    static let colours = ["#2f5597", "#548235", "#c00000", "#bf8f00", "#7030a0"]

    /// The chart as a `<figure>` holding its caption and the SVG.
    public static func svg(_ chart: Chart) -> String {
        let height = (width * Double(ChartGeometry.height(chart)) / Double(ChartGeometry.width)).rounded()
        var out = "<figure class=\"chart\">\n"
        out += "<figcaption>\(HTMLText.escape(chart.caption))</figcaption>\n"
        out +=
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\""
        out += " role=\"img\" aria-label=\"\(HTMLText.escape(chart.caption))\">\n"
        switch chart.kind {
        case .bar: out += bars(chart, height: height)
        case .line: out += lines(chart, height: height)
        }
        out += legend(chart, y: height - 12)
        out += "</svg>\n</figure>\n"
        return out
    }

    /// Horizontal bars: a band per category, a bar per series, the label (完成率) after the band.
    private static func bars(_ chart: Chart, height: Double) -> String {
        let labelWidth = min(width * 0.34, (chart.categories.map(textWidth).max() ?? 2) * font + 8)
        let labels = chart.labels.map { $0 == "—" || $0.isEmpty ? $0 : chart.labelName + $0 }
        let rateWidth = labels.isEmpty ? 0 : (labels.map(textWidth).max() ?? 0) * font + 12
        let left = labelWidth + 4
        let right = width - rateWidth - 16
        let top = 24.0
        let bottom = height - 40
        let step = ChartGeometry.step(for: chart.maximum)
        let axisMaximum = Double(((chart.maximum + step - 1) / step) * step)
        let scale = (right - left) / axisMaximum
        let band = (bottom - top) / Double(max(1, chart.categories.count))
        let bar = min(14, band * 0.8 / Double(max(1, chart.series.count)))
        var out = axis(
            from: left, to: right, top: top, bottom: bottom, step: step, maximum: axisMaximum, vertical: false)
        for (row, category) in chart.categories.enumerated() {
            let bandTop = top + Double(row) * band
            let groupTop = bandTop + (band - bar * Double(chart.series.count)) / 2
            out += text(category, x: left - 6, y: bandTop + band / 2 + font * 0.35, anchor: "end", maxWidth: labelWidth)
            for (index, series) in chart.series.enumerated() {
                let value = series.values[row]
                let y = groupTop + Double(index) * bar
                out += "<rect x=\"\(number(left))\" y=\"\(number(y))\" width=\"\(number(Double(value) * scale))\""
                out += " height=\"\(number(bar - 1))\" fill=\"\(colour(index))\""
                out += attributes(series: series.name, category: category, value: value) + ">"
                out += "<title>\(HTMLText.escape("\(category) \(series.name)：\(value)"))</title></rect>\n"
                if value > 0, bar >= 8 {
                    out += "<text x=\"\(number(left + Double(value) * scale + 3))\" y=\"\(number(y + bar - 2.5))\""
                    out += " font-size=\"\(number(min(11, bar - 1)))\">\(value)</text>\n"
                }
            }
            if row < labels.count {
                out += text(
                    labels[row], x: width - 8, y: bandTop + band / 2 + font * 0.35, anchor: "end",
                    maxWidth: rateWidth)
            }
        }
        return out
    }

    /// A line per series across the months, a marker and its value at each point.
    private static func lines(_ chart: Chart, height: Double) -> String {
        let left = 44.0
        let right = width - 16
        let top = 16.0
        let bottom = height - 64
        let step = ChartGeometry.step(for: chart.maximum)
        let axisMaximum = Double(((chart.maximum + step - 1) / step) * step)
        let scale = (bottom - top) / axisMaximum
        let count = max(1, chart.categories.count)
        let pitch = (right - left) / Double(count)
        func x(_ index: Int) -> Double { left + pitch * (Double(index) + 0.5) }
        var out = axis(
            from: bottom, to: top, top: left, bottom: right, step: step, maximum: axisMaximum, vertical: true)
        for (index, category) in chart.categories.enumerated() {
            out += text(category, x: x(index), y: bottom + font + 6, anchor: "middle", maxWidth: pitch)
        }
        for (index, series) in chart.series.enumerated() {
            let points = series.values.enumerated().map {
                "\(number(x($0.offset))),\(number(bottom - Double($0.element) * scale))"
            }
            out +=
                "<polyline fill=\"none\" stroke=\"\(colour(index))\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>\n"
            for (point, value) in series.values.enumerated() {
                let category = point < chart.categories.count ? chart.categories[point] : ""
                out += "<circle cx=\"\(number(x(point)))\" cy=\"\(number(bottom - Double(value) * scale))\" r=\"3.5\""
                out += " fill=\"\(colour(index))\"" + attributes(series: series.name, category: category, value: value)
                out += "><title>\(HTMLText.escape("\(category) \(series.name)：\(value)"))</title></circle>\n"
            }
        }
        return out
    }

    /// Gridlines and their figures: along the bottom for bars, up the left for lines.
    private static func axis(
        from start: Double, to end: Double, top: Double, bottom: Double, step: Int, maximum: Double, vertical: Bool
    ) -> String {
        var out = ""
        var value = 0
        while Double(value) <= maximum {
            let at = start + (end - start) * Double(value) / maximum
            if vertical {
                out += "<line x1=\"\(number(top))\" x2=\"\(number(bottom))\" y1=\"\(number(at))\" y2=\"\(number(at))\""
                out += " stroke=\"#bfbfbf\" stroke-width=\"0.6\"/>\n"
                out +=
                    "<text x=\"\(number(top - 6))\" y=\"\(number(at + 4))\" text-anchor=\"end\" font-size=\"11\">\(value)</text>\n"
            } else {
                out += "<line x1=\"\(number(at))\" x2=\"\(number(at))\" y1=\"\(number(top))\" y2=\"\(number(bottom))\""
                out += " stroke=\"#bfbfbf\" stroke-width=\"0.6\"/>\n"
                out +=
                    "<text x=\"\(number(at))\" y=\"\(number(bottom + 14))\" text-anchor=\"middle\" font-size=\"11\">\(value)</text>\n"
            }
            value += step
        }
        return out
    }

    private static func legend(_ chart: Chart, y: Double) -> String {
        let widths = chart.series.map { textWidth($0.name) * font + 34 }
        var x = (width - widths.reduce(0, +)) / 2
        var out = ""
        for (index, series) in chart.series.enumerated() {
            out +=
                "<rect x=\"\(number(x))\" y=\"\(number(y - 10))\" width=\"12\" height=\"12\" fill=\"\(colour(index))\"/>"
            out +=
                "<text x=\"\(number(x + 16))\" y=\"\(number(y))\" font-size=\"\(number(font))\">\(HTMLText.escape(series.name))</text>\n"
            x += widths[index]
        }
        return out
    }

    private static func text(_ text: String, x: Double, y: Double, anchor: String, maxWidth: Double) -> String {
        // A label too long for its room is set narrower rather than cut: every character stays.
        let natural = textWidth(text) * font
        let squeeze =
            natural > maxWidth && maxWidth > 0
            ? " textLength=\"\(number(maxWidth))\" lengthAdjust=\"spacingAndGlyphs\"" : ""
        return
            "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(number(font))\"\(squeeze)>\(HTMLText.escape(text))</text>\n"
    }

    private static func attributes(series: String, category: String, value: Int) -> String {
        " data-series=\"\(HTMLText.escape(series))\" data-category=\"\(HTMLText.escape(category))\" data-value=\"\(value)\""
    }

    private static func colour(_ index: Int) -> String { colours[index % colours.count] }

    private static func textWidth(_ text: String) -> Double { TextWidth.of(text) }

    /// A coordinate with at most one decimal, so that the page's bytes do not depend on rounding noise.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
