import Foundation

/// Get-Random: random numbers in [-Minimum, -Maximum), or items picked from -InputObject.
/// -SetSeed makes the session's generator .NET's seeded System.Random (Knuth's subtractive
/// generator), read four bytes at a time as PowerShell does, so seeded integer sequences match.
final class GetRandomCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Random",
        parameters: [
            ParameterMetadata(name: "SetSeed", type: "int"),
            ParameterMetadata(name: "Maximum", type: "object", position: 0, parameterSets: ["RandomNumberParameterSet"]),
            ParameterMetadata(name: "Minimum", type: "object", parameterSets: ["RandomNumberParameterSet"]),
            ParameterMetadata(name: "InputObject", type: "object[]", position: 0, mandatory: true, valueFromPipeline: true, parameterSets: ["RandomListItemParameterSet", "ShuffleParameterSet"], allowNull: true),
            ParameterMetadata(name: "Count", type: "int", parameterSets: ["RandomNumberParameterSet", "RandomListItemParameterSet"], validateRange: 1...Double(Int32.max)),
            ParameterMetadata(name: "Shuffle", type: "switch", parameterSets: ["ShuffleParameterSet"]),
        ],
        defaultParameterSet: "RandomNumberParameterSet",
        outputTypes: ["System.Int32", "System.Int64", "System.Double", "System.Object"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Gets a random number, or selects objects randomly from a collection.",
        examples: [
            CommandExample(code: "Get-Random -Minimum 1 -Maximum 7", remarks: "A whole number from 1 to 6, like a die: -Maximum is not included."),
            CommandExample(code: "'red', 'green', 'blue' | Get-Random", remarks: "One of the piped items, picked at random; -Count 2 would pick two different ones, -Shuffle all of them in random order."),
            CommandExample(code: "(Get-Random -SetSeed 42 -Maximum 100) -eq (Get-Random -SetSeed 42 -Maximum 100)",
                           remarks: "The same seed gives the same sequence, for runs that must repeat.",
                           expectedOutput: "True"),
        ])
    init() {}

    private var items: [Value] = []
    private var listMode = false

    func begin(_ context: CommandContext) throws {
        if let seed = context.int("SetSeed") { RandomState.setSeed(seed, context.session) }
    }

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject {
            listMode = true
            items.append(v)
        } else if context.has("InputObject") {
            listMode = true
            items += context.values("InputObject")
        }
    }

    func end(_ context: CommandContext) throws {
        let gen = RandomState.generator(context.session)
        if listMode || context.switchPresent("Shuffle") {
            var pool = items
            let count = context.switchPresent("Shuffle") ? pool.count : min(context.int("Count") ?? 1, pool.count)
            var picked: [Value] = []
            for _ in 0..<count where !pool.isEmpty {
                let i = Int(gen.nextDouble() * Double(pool.count))
                picked.append(pool.remove(at: min(i, pool.count - 1)))
            }
            for v in picked { try context.writeObject(v) }
            return
        }
        let count = context.int("Count") ?? 1
        let minV = context.value("Minimum").map(ObjectAccess.base)
        let maxV = context.value("Maximum").map(ObjectAccess.base)
        let isDouble = [minV, maxV].contains { v in
            guard let v else { return false }
            switch v {
            case .double, .decimal: return true
            case .string(let s): if case .double? = LanguagePrimitives.parseNumber(s) { return true }; return false
            default: return false
            }
        }
        if isDouble {
            let lo = try minV.map { try LanguagePrimitives.toDouble($0) } ?? 0
            let hi = try maxV.map { try LanguagePrimitives.toDouble($0) } ?? Double.greatestFiniteMagnitude
            guard lo < hi else { throw rangeError(minV, maxV, context) }
            for _ in 0..<count { try context.writeObject(.double(lo + gen.nextDouble() * (hi - lo))) }
            return
        }
        let lo = try minV.map { try LanguagePrimitives.toLong($0) } ?? 0
        let hi = try maxV.map { try LanguagePrimitives.toLong($0) } ?? Int64(Int32.max)
        guard lo < hi else { throw rangeError(minV, maxV, context) }
        let is64 = lo < Int64(Int32.min) || hi > Int64(Int32.max)
        // the span can exceed Int64 (-Minimum -9223372036854775807): counted unsigned
        let span = UInt64(bitPattern: hi &- lo)
        for _ in 0..<count {
            let offset = min(UInt64(gen.nextDouble() * Double(span)), span - 1)
            let r = lo &+ Int64(bitPattern: offset)
            try context.writeObject(is64 ? .long(r) : .int(Int(r)))
        }
    }

    private func rangeError(_ lo: Value?, _ hi: Value?, _ context: CommandContext) -> RuntimeError {
        let l = lo.map { LanguagePrimitives.toString($0) } ?? "0"
        let h = hi.map { LanguagePrimitives.toString($0) } ?? "0"
        return context.terminatingError("The Minimum value (\(l)) cannot be greater than or equal to the Maximum value (\(h)).", errorId: "MinGreaterThanOrEqualMax", category: .InvalidArgument, exceptionType: "System.ArgumentException", targetObject: lo ?? .null)
    }
}

/// The session's random generator (in a session slot, so -SetSeed persists).
final class RandomState {
    private var seeded: DotNetSeededRandom?
    private var system = SystemRandomNumberGenerator()

    static func generator(_ s: Session) -> RandomState {
        s.slot(orMake: RandomState.init)
    }

    static func setSeed(_ seed: Int, _ s: Session) {
        generator(s).seeded = DotNetSeededRandom(seed: Int32(truncatingIfNeeded: seed))
    }

    /// A non-negative Int32 below Int32.MaxValue from four generator bytes, as PowerShell's
    /// PolymorphicRandomNumberGenerator does.
    func next() -> Int32 {
        while true {
            var bytes = [UInt8](repeating: 0, count: 4)
            if var s = seeded {
                for i in 0..<4 { bytes[i] = UInt8(truncatingIfNeeded: s.sample()) }
                seeded = s
            } else {
                let r = system.next()
                for i in 0..<4 { bytes[i] = UInt8(truncatingIfNeeded: r >> (8 * UInt64(i))) }
            }
            let v = Int32(bitPattern: UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24) & Int32.max
            if v != Int32.max { return v }
        }
    }

    func nextDouble() -> Double { Double(next()) * (1.0 / Double(Int32.max)) }
}

/// .NET's seeded System.Random (the Net5-compatible subtractive generator).
struct DotNetSeededRandom {
    private var seedArray = [Int32](repeating: 0, count: 56)
    private var inext = 0
    private var inextp = 21

    init(seed: Int32) {
        let mbig = Int32.max
        let subtraction = seed == Int32.min ? Int32.max : abs(seed)
        var mj = 161_803_398 &- subtraction
        seedArray[55] = mj
        var mk: Int32 = 1
        var ii = 0
        for _ in 1..<55 {
            ii += 21
            if ii >= 55 { ii -= 55 }
            seedArray[ii] = mk
            mk = mj &- mk
            if mk < 0 { mk = mk &+ mbig }
            mj = seedArray[ii]
        }
        for _ in 1..<5 {
            for i in 1..<56 {
                var n = i + 30
                if n >= 55 { n -= 55 }
                seedArray[i] = seedArray[i] &- seedArray[1 + n]
                if seedArray[i] < 0 { seedArray[i] = seedArray[i] &+ mbig }
            }
        }
    }

    mutating func sample() -> Int32 {
        var locINext = inext + 1
        if locINext >= 56 { locINext = 1 }
        var locINextp = inextp + 1
        if locINextp >= 56 { locINextp = 1 }
        var ret = seedArray[locINext] &- seedArray[locINextp]
        if ret == Int32.max { ret -= 1 }
        if ret < 0 { ret = ret &+ Int32.max }
        seedArray[locINext] = ret
        inext = locINext
        inextp = locINextp
        return ret
    }
}
