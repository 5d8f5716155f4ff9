import Foundation

/// System.Decimal: a value and a scale, the number of digits after the decimal point it keeps,
/// trailing zeros included (`1.50d` prints `1.50`, `[decimal]'2.10' + 1` gives `3.10`).
/// Foundation's Decimal holds the value (it drops trailing zeros); the scale follows .NET's
/// rules: addition and subtraction keep the larger scale, multiplication adds the scales,
/// division keeps the dividend's scale less the divisor's and adds the digits an inexact
/// quotient needs, up to 28. Equality and order compare values only (`1.5d -eq 1.50d`).
public struct DotNetDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: Decimal
    /// Digits after the point, 0...28.
    public let scale: Int

    public static let maxScale = 28
    /// System.Decimal's range: ±(2^96 − 1).
    public static let maxValue = Decimal(string: "79228162514264337593543950335")!
    public static let overflowMessage = "Value was either too large or too small for a Decimal."

    /// Whether the value fits System.Decimal (results beyond it overflow in .NET).
    public var inRange: Bool { value.magnitude <= DotNetDecimal.maxValue }

    public init(_ value: Decimal, scale: Int) {
        self.value = value
        self.scale = min(max(scale, DotNetDecimal.fractionDigits(value)), DotNetDecimal.maxScale)
    }

    /// A value with no more digits than it needs (from an integer, a double, a computation).
    public init(_ value: Decimal) {
        self.init(value, scale: 0)
    }

    public init(_ n: Int) { self.init(Decimal(n)) }

    /// The digits after the point a value needs (its trailing zeros dropped).
    static func fractionDigits(_ d: Decimal) -> Int {
        d.isZero ? 0 : max(0, -d.exponent)
    }

    /// Decimal.Parse with the invariant culture: `2.10` keeps its scale of 2; `1.50E1` is 15.0.
    public static func parse(_ text: String) -> DotNetDecimal? {
        var t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, let value = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        // the scale written: digits after the point, less the exponent
        var exponent = 0
        if let e = t.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let x = Int(t[t.index(after: e)...]) else { return nil }
            exponent = x
            t = String(t[..<e])
        }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == ",") }) else { return nil }
        let written = t.firstIndex(of: ".").map { t.distance(from: $0, to: t.endIndex) - 1 } ?? 0
        return DotNetDecimal(value, scale: written - exponent)
    }

    /// Decimal.ToString(): the value with exactly `scale` digits after the point.
    public var description: String {
        var text = DotNetFormat.toString(value)
        let have = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        if scale > have {
            if have == 0 { text += "." }
            text += String(repeating: "0", count: scale - have)
        }
        return text
    }

    public var isZero: Bool { value.isZero }

    public static func == (a: DotNetDecimal, b: DotNetDecimal) -> Bool { a.value == b.value }
    public static func < (a: DotNetDecimal, b: DotNetDecimal) -> Bool { a.value < b.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    // MARK: arithmetic, with .NET's scales

    /// Rounds to at most `digits` after the point (half to even, as .NET's decimal arithmetic).
    static func rounded(_ d: Decimal, _ digits: Int) -> Decimal {
        var x = d, r = Decimal()
        NSDecimalRound(&r, &x, digits, .bankers)
        return r
    }

    public static func + (a: DotNetDecimal, b: DotNetDecimal) -> DotNetDecimal {
        DotNetDecimal(a.value + b.value, scale: max(a.scale, b.scale))
    }

    public static func - (a: DotNetDecimal, b: DotNetDecimal) -> DotNetDecimal {
        DotNetDecimal(a.value - b.value, scale: max(a.scale, b.scale))
    }

    public static func * (a: DotNetDecimal, b: DotNetDecimal) -> DotNetDecimal {
        let scale = min(a.scale + b.scale, maxScale)
        return DotNetDecimal(rounded(a.value * b.value, scale), scale: scale)
    }

    /// The quotient keeps the dividend's scale less the divisor's (`4.00 / 2` is `2.00`) and gets
    /// the further digits an inexact quotient needs: up to 28 after the point, fewer as the
    /// integer part grows (.NET's 28–29 significant digits). The caller checks for zero.
    public static func / (a: DotNetDecimal, b: DotNetDecimal) -> DotNetDecimal {
        let q = a.value / b.value
        let integerDigits = max(0, NSDecimalNumber(decimal: q.magnitude).stringValue.split(separator: ".").first.map { $0 == "0" ? 0 : $0.count } ?? 0)
        let allowed = max(0, maxScale - max(0, integerDigits - 1))
        let r = rounded(q, allowed)
        return DotNetDecimal(r, scale: max(0, a.scale - b.scale))
    }

    /// The remainder of a truncating division, with the larger scale.
    public static func % (a: DotNetDecimal, b: DotNetDecimal) -> DotNetDecimal {
        var q = a.value / b.value, whole = Decimal()
        NSDecimalRound(&whole, &q, 0, q.isSignMinus ? .up : .down)   // toward zero
        return DotNetDecimal(a.value - whole * b.value, scale: max(a.scale, b.scale))
    }

    public var magnitude: DotNetDecimal { DotNetDecimal(value.magnitude, scale: scale) }
}
