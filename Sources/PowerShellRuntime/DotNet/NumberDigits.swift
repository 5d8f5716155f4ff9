// A decimal digit buffer like .NET's NumberBuffer: value = 0.d1d2d3… × 10^scale.

import Foundation

struct NumberDigits {
    var negative: Bool
    /// Significant digits 0…9, no leading zeros, no trailing zeros. Empty = zero.
    var digits: [UInt8]
    var scale: Int
    /// Integers and decimals never show "-0"; doubles keep the sign of a value rounded to zero
    /// (.NET Core 3.0+: (-0.001).ToString("F2") is "-0.00").
    var signlessZero: Bool

    var isZero: Bool { digits.isEmpty }

    init(negative: Bool, digits: [UInt8], scale: Int, signlessZero: Bool) {
        self.negative = negative
        self.digits = digits
        self.scale = scale
        self.signlessZero = signlessZero
        normalize()
    }

    init(int v: Int64) {
        let mag = String(v.magnitude).utf8.map { $0 - 48 }
        self.init(negative: v < 0, digits: mag, scale: mag.count, signlessZero: true)
    }

    init(decimal m: Decimal) {
        var text = m.description
        var neg = false
        if text.hasPrefix("-") { neg = true; text.removeFirst() }
        self = NumberDigits.fromPlainText(text, negative: neg, signlessZero: true) ?? NumberDigits(negative: false, digits: [], scale: 0, signlessZero: true)
    }

    /// From text like "123.45", "1.5e-05", "1e+16".
    static func fromPlainText(_ text: String, negative: Bool, signlessZero: Bool) -> NumberDigits? {
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            guard let ev = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: "")) else { return nil }
            exp = ev
        }
        var digits: [UInt8] = []
        var pointPos: Int? = nil
        for ch in mantissa.utf8 {
            if ch == 46 { pointPos = digits.count; continue }
            guard ch >= 48 && ch <= 57 else { return nil }
            digits.append(ch - 48)
        }
        let intCount = pointPos ?? digits.count
        // strip leading zeros
        var lead = 0
        while lead < digits.count && digits[lead] == 0 { lead += 1 }
        let scale = intCount - lead + exp
        return NumberDigits(negative: negative, digits: Array(digits[lead...]), scale: scale, signlessZero: signlessZero)
    }

    /// The shortest round-trip digits of a finite double.
    static func shortest(_ d: Double) -> NumberDigits {
        if d == 0 { return NumberDigits(negative: d.sign == .minus, digits: [], scale: 0, signlessZero: false) }
        return fromPlainText(d.magnitude.description, negative: d < 0, signlessZero: false)
            ?? NumberDigits(negative: false, digits: [], scale: 0, signlessZero: false)
    }

    /// `count` significant digits, correctly rounded (ties to even on the exact binary value).
    static func significant(_ d: Double, _ count: Int) -> NumberDigits {
        if d == 0 { return NumberDigits(negative: d.sign == .minus, digits: [], scale: 0, signlessZero: false) }
        let text = String(format: "%.\(max(count, 1) - 1)e", d.magnitude)
        return fromPlainText(text, negative: d < 0, signlessZero: false) ?? NumberDigits(negative: false, digits: [], scale: 0, signlessZero: false)
    }

    /// Digits up to `decimals` places after the point, correctly rounded.
    static func fixed(_ d: Double, _ decimals: Int) -> NumberDigits {
        if d == 0 { return NumberDigits(negative: d.sign == .minus, digits: [], scale: 0, signlessZero: false) }
        let text = String(format: "%.\(max(decimals, 0))f", d.magnitude)
        return fromPlainText(text, negative: d < 0, signlessZero: false) ?? NumberDigits(negative: false, digits: [], scale: 0, signlessZero: false)
    }

    mutating func normalize() {
        while let l = digits.last, l == 0 { digits.removeLast() }
        if digits.isEmpty {
            scale = 0
            if signlessZero { negative = false }
        }
    }

    /// Keeps the first `pos` digits, rounding half away from zero on the digit string
    /// (.NET's RoundNumber). `pos` may be ≤ 0.
    mutating func round(to pos: Int) {
        if pos >= digits.count { return }
        if pos < 0 { digits = []; normalize(); return }
        let roundUp = digits[pos] >= 5
        digits.removeSubrange(pos...)
        if roundUp {
            var k = digits.count - 1
            while k >= 0 && digits[k] == 9 { digits[k] = 0; k -= 1 }
            if k < 0 {
                digits.insert(1, at: 0)
                scale += 1
            } else {
                digits[k] += 1
            }
        }
        normalize()
    }
}
