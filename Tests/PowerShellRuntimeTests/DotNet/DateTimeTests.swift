import Testing
@testable import PowerShellRuntime

@Suite struct DotNetDateTimeTests {
    func date(_ s: String) throws -> DotNetDateTime { try #require(DotNetDateTime.parse(s)) }

    @Test func parsesInvariantCultureInputs() throws {
        let d = try date("2026-01-15")
        #expect(d.year == 2026 && d.month == 1 && d.day == 15 && d.hour == 0)
        #expect(d.kind == .unspecified)
        #expect(try date("1/15/2026") == d)
        #expect(try date("01/15/2026") == d)
        #expect(try date("January 15, 2026") == d)
        #expect(try date("15 January 2026") == d)
        #expect(try date("Thursday, January 15, 2026") == d)
        #expect(try date("Jan 15 2026") == d)
        let t = try date("01/15/2026 13:45")
        #expect(t.hour == 13 && t.minute == 45 && t.second == 0)
        let pm = try date("1/15/2026 1:45:10 PM")
        #expect(pm.hour == 13 && pm.second == 10)
        #expect(try date("1/15/2026 12:00 AM").hour == 0)
        let iso = try date("2026-01-15T10:20:30.1234567")
        #expect(iso.toString("o") == "2026-01-15T10:20:30.1234567")
    }

    @Test func parsesOtherCommonShapes() throws {
        #expect(try date("Jan 15, 2026 10:30 AM").toString("s") == "2026-01-15T10:30:00")
        #expect(try date("15-Jan-2026").toString("yyyy-MM-dd") == "2026-01-15")
        #expect(try date("2026/01/15 23:59:59").toString("s") == "2026-01-15T23:59:59")
        #expect(try date("Thursday, January 15, 2026 10:30:00 PM").hour == 22)
        #expect(try date("1/15/26").year == 2026)
        #expect(try date("1/15/99").year == 1999)
        #expect(try date("12:00 PM").hour == 12)
        #expect(try date("  2026-01-15  ").day == 15)
        #expect(try date("2026-01-15T10:30:00.000Z").toUniversalTime().toString("o") == "2026-01-15T10:30:00.0000000Z")
        #expect(try date("Thu, 15 Jan 2026 10:00:00 GMT").toUniversalTime().hour == 10)
    }

    @Test func isoWithZoneBecomesLocalTimeOfThatInstant() throws {
        let z = try date("2026-01-15T10:00:00Z")
        #expect(z.kind == .local)
        #expect(z.toUniversalTime().hour == 10)
        #expect(z.toUniversalTime().kind == .utc)
        let off = try date("2026-01-15T10:00:00+02:00")
        #expect(off.toUniversalTime().hour == 8)
        let neg = try date("2026-01-15T10:00:00-05:30")
        let u = neg.toUniversalTime()
        #expect(u.hour == 15 && u.minute == 30)
    }

    @Test func rejectsNonDates() {
        #expect(DotNetDateTime.parse("") == nil)
        #expect(DotNetDateTime.parse("hello") == nil)
        #expect(DotNetDateTime.parse("42") == nil)
        #expect(DotNetDateTime.parse("2026-02-30") == nil)
        #expect(DotNetDateTime.parse("13/15/2026") == nil)
    }

    @Test func parseExactFollowsTheFormat() throws {
        let d = try #require(DotNetDateTime.parseExact("15.01.2026", format: "dd.MM.yyyy"))
        #expect(d.year == 2026 && d.month == 1 && d.day == 15)
        let t = try #require(DotNetDateTime.parseExact("2026-01-15 01:02:03 PM", format: "yyyy-MM-dd hh:mm:ss tt"))
        #expect(t.hour == 13 && t.minute == 2 && t.second == 3)
        let m = try #require(DotNetDateTime.parseExact("15-Jan-2026", format: "dd-MMM-yyyy"))
        #expect(m.month == 1)
        #expect(DotNetDateTime.parseExact("2026/01/15", format: "yyyy-MM-dd") == nil)
        #expect(DotNetDateTime.parseExact("2026-01-15x", format: "yyyy-MM-dd") == nil)
        #expect(DotNetDateTime.parseExact("2026-01-15T10:00:00", format: "s")?.hour == 10)
    }

    @Test func defaultStringIsInvariantGeneralFormat() throws {
        let d = try DotNetDateTime(year: 2026, month: 1, day: 15)
        #expect(d.toString() == "01/15/2026 00:00:00")
        #expect(d.longDisplayString == "Thursday, January 15, 2026 12:00:00 AM")
        #expect(d.longDateString == "Thursday, January 15, 2026")
        #expect(d.adding(hours: 13.5).longTimeString == "1:30:00 PM")
        #expect(d.adding(hours: 13.5).cultureString == "1/15/2026 1:30:00 PM")
        #expect(d.dayOfWeek == 4)
        #expect(d.dayOfWeekName == "Thursday")
        #expect(d.dayOfYear == 15)
    }

    @Test func standardFormats() throws {
        let d = try DotNetDateTime(year: 2026, month: 3, day: 5, hour: 14, minute: 7, second: 9, millisecond: 120)
        #expect(d.toString("d") == "03/05/2026")
        #expect(d.toString("D") == "Thursday, 05 March 2026")
        #expect(d.toString("f") == "Thursday, 05 March 2026 14:07")
        #expect(d.toString("F") == "Thursday, 05 March 2026 14:07:09")
        #expect(d.toString("g") == "03/05/2026 14:07")
        #expect(d.toString("G") == "03/05/2026 14:07:09")
        #expect(d.toString("M") == "March 05")
        #expect(d.toString("Y") == "2026 March")
        #expect(d.toString("s") == "2026-03-05T14:07:09")
        #expect(d.toString("u") == "2026-03-05 14:07:09Z")
        #expect(d.toString("o") == "2026-03-05T14:07:09.1200000")
        #expect(d.toString("t") == "14:07")
        #expect(d.toString("T") == "14:07:09")
        #expect(d.toString("R") == "Thu, 05 Mar 2026 14:07:09 GMT")
        var utc = d; utc.kind = .utc
        #expect(utc.toString("o") == "2026-03-05T14:07:09.1200000Z")
        #expect(throws: FormatError.self) { try d.formatted("Q") }
    }

    @Test func customFormats() throws {
        let d = try DotNetDateTime(year: 2026, month: 3, day: 5, hour: 14, minute: 7, second: 9, millisecond: 120)
        #expect(d.toString("yyyy-MM-dd") == "2026-03-05")
        #expect(d.toString("yyyyMMdd_HHmmss") == "20260305_140709")
        #expect(d.toString("d/M/yy h:m:s tt") == "5/3/26 2:7:9 PM")
        #expect(d.toString("ddd dddd MMM MMMM") == "Thu Thursday Mar March")
        #expect(d.toString("HH:mm:ss.fff") == "14:07:09.120")
        #expect(d.toString("ss.FFF") == "09.12")
        #expect(d.toString("'Year' yyyy") == "Year 2026")
        #expect(d.toString("\\d d") == "d 5")
        #expect(d.toString("%d") == "5")
        #expect(d.toString("t") == "14:07")
        #expect(d.toString("hh tt") == "02 PM")
    }

    @Test func arithmeticAndComparison() throws {
        let d = try date("2026-01-15")
        #expect(d.adding(days: 10).toString("yyyy-MM-dd") == "2026-01-25")
        #expect(d.adding(days: -15).toString("yyyy-MM-dd") == "2025-12-31")
        #expect(d.adding(hours: 1.5).toString("HH:mm") == "01:30")
        #expect(d.adding(minutes: 90).toString("HH:mm") == "01:30")
        #expect(d.adding(seconds: 61).toString("mm:ss") == "01:01")
        #expect(d.adding(milliseconds: 1).millisecond == 1)
        #expect(d.adding(years: 1).year == 2027)
        #expect(try date("2026-03-01") > (try date("2026-02-28")))
        let span = (try date("2026-03-01")) - (try date("2026-02-28"))
        #expect(span.days == 1)
        #expect(span.totalHours == 24)
        #expect((d + DotNetTimeSpan(days: 2)).day == 17)
        #expect((d - DotNetTimeSpan(days: 15)).month == 12)
        #expect(d.date == d.adding(hours: 5).date)
    }

    @Test func addMonthsClampsToTheEndOfTheMonth() throws {
        #expect((try date("2026-01-31")).adding(months: 1).toString("yyyy-MM-dd") == "2026-02-28")
        #expect((try date("2024-01-31")).adding(months: 1).toString("yyyy-MM-dd") == "2024-02-29")
        #expect((try date("2026-03-31")).adding(months: -1).toString("yyyy-MM-dd") == "2026-02-28")
        #expect((try date("2026-01-15")).adding(months: 13).toString("yyyy-MM-dd") == "2027-02-15")
        #expect((try date("2024-02-29")).adding(years: 1).toString("yyyy-MM-dd") == "2025-02-28")
    }

    @Test func outOfRangeArithmeticClampsInsteadOfTrapping() throws {
        let d = try date("2026-01-15")
        #expect(d.adding(months: Int.max).ticks == DotNetDateTime.maxTicks)
        #expect(d.adding(years: Int.min).ticks == 0)
        #expect(d.adding(days: 1e300).ticks == DotNetDateTime.maxTicks)
        #expect(d.adding(ticks: Int64.min).ticks == 0)
        #expect(DotNetTimeSpan.parse("99999999999.23:00:00") == nil)
        _ = DotNetTimeSpan(days: Int64.max)
    }

    @Test func invalidComponentsThrow() {
        #expect(throws: DateTimeError.self) { try DotNetDateTime(year: 2026, month: 2, day: 29) }
        #expect(throws: DateTimeError.self) { try DotNetDateTime(year: 2026, month: 13, day: 1) }
        #expect(throws: DateTimeError.self) { try DotNetDateTime(year: 0, month: 1, day: 1) }
        #expect(throws: DateTimeError.self) { try DotNetDateTime(year: 2026, month: 1, day: 1, hour: 24) }
    }

    @Test func ticksMatchDotNet() throws {
        let epoch = try DotNetDateTime(year: 1970, month: 1, day: 1)
        #expect(epoch.ticks == DotNetDateTime.unixEpochTicks)
        let max = DotNetDateTime(ticks: DotNetDateTime.maxTicks)
        #expect(max.toString("yyyy-MM-dd HH:mm:ss.fffffff") == "9999-12-31 23:59:59.9999999")
        #expect(DotNetDateTime(ticks: 0).toString("yyyy-MM-dd") == "0001-01-01")
        #expect(DotNetDateTime(ticks: 0).dayOfWeekName == "Monday")
    }

    @Test func nowIsLocalAndUtcNowIsUtc() {
        #expect(DotNetDateTime.now().kind == .local)
        #expect(DotNetDateTime.utcNow().kind == .utc)
        #expect(DotNetDateTime.today.hour == 0)
        #expect(DotNetDateTime.utcNow().year >= 2024)
    }
}

@Suite struct DotNetTimeSpanTests {
    @Test func componentsAndTotals() {
        let t = DotNetTimeSpan(days: 2)
        #expect(t.totalHours == 48)
        #expect(t.totalDays == 2)
        let u = DotNetTimeSpan(days: 1, hours: 2, minutes: 3, seconds: 4, milliseconds: 500)
        #expect(u.days == 1 && u.hours == 2 && u.minutes == 3 && u.seconds == 4 && u.milliseconds == 500)
        #expect(u.totalMinutes == 1563.075)
        #expect(DotNetTimeSpan.fromHours(1.5).totalMinutes == 90)
    }

    @Test func defaultFormatTrimsDaysAndFraction() {
        #expect(DotNetTimeSpan(ticks: 0).toString() == "00:00:00")
        #expect(DotNetTimeSpan(hours: 1, minutes: 30).toString() == "01:30:00")
        #expect(DotNetTimeSpan(days: 1, hours: 2, minutes: 3, seconds: 4, milliseconds: 500).toString() == "1.02:03:04.5000000")
        #expect(DotNetTimeSpan(hours: -1).toString() == "-01:00:00")
        #expect(DotNetTimeSpan(days: 2).toString("c") == "2.00:00:00")
    }

    @Test func generalAndCustomFormats() {
        let u = DotNetTimeSpan(days: 1, hours: 2, minutes: 3, seconds: 4, milliseconds: 500)
        #expect(u.toString("g") == "1:2:03:04.5")
        #expect(u.toString("G") == "1:02:03:04.5000000")
        #expect(u.toString("hh\\:mm") == "02:03")
        #expect(u.toString("d\\.hh\\:mm\\:ss") == "1.02:03:04")
        #expect(u.toString("%d' days'") == "1 days")
        #expect(u.toString("mm\\:ss\\.ff") == "03:04.50")
    }

    @Test func invalidCustomFormatThrows() throws {
        #expect(throws: FormatError.self) { try DotNetTimeSpan(hours: 1).formatted("hh:mm") }
        #expect(try DotNetTimeSpan(hours: 1).formatted("hh\\:mm") == "01:00")
    }

    @Test func parsesTimeSpanText() {
        #expect(DotNetTimeSpan.parse("1.02:03:04.5")?.toString() == "1.02:03:04.5000000")
        #expect(DotNetTimeSpan.parse("02:03")?.totalMinutes == 123)
        #expect(DotNetTimeSpan.parse("5")?.totalDays == 5)
        #expect(DotNetTimeSpan.parse("-01:00:00")?.totalHours == -1)
        #expect(DotNetTimeSpan.parse("25:00") == nil)
        #expect(DotNetTimeSpan.parse("abc") == nil)
    }

    @Test func arithmeticAndOrdering() {
        let a = DotNetTimeSpan(hours: 1), b = DotNetTimeSpan(minutes: 30)
        #expect((a + b).totalMinutes == 90)
        #expect((a - b).totalMinutes == 30)
        #expect(b < a)
        #expect((-a).duration() == a)
    }
}

@Suite struct UFormatTests {
    @Test func strftimeSpecifiersFollowGetDate() throws {
        let d = try DotNetDateTime(year: 2026, month: 1, day: 5, hour: 14, minute: 7, second: 9)
        #expect(d.uformat("%Y-%m-%d %H:%M:%S") == "2026-01-05 14:07:09")
        #expect(d.uformat("+%Y%m%d") == "20260105")
        #expect(d.uformat("%A %a %B %b %h") == "Monday Mon January Jan Jan")
        #expect(d.uformat("%D|%x|%F|%T|%R|%r") == "01/05/26|01/05/26|2026-01-05|14:07:09|14:07|02:07:09 PM")
        #expect(d.uformat("[%e][%k][%l][%j][%C][%y]") == "[ 5][14][ 2][005][20][26]")
        #expect(d.uformat("%u %w %p") == "1 1 PM")
        #expect(d.uformat("%c") == "Mon 05 Jan 2026 14:07:09")
        #expect(d.uformat("100%% done%n") == "100% done\n")
    }

    @Test func isoWeeksAndYears() throws {
        // 2026-01-01 is a Thursday: week 1; 2027-01-01 (Friday) still belongs to 2026's week 53
        #expect(try DotNetDateTime(year: 2026, month: 1, day: 1).uformat("%G-W%V") == "2026-W01")
        #expect(try DotNetDateTime(year: 2027, month: 1, day: 1).uformat("%G-W%V %g") == "2026-W53 26")
        #expect(try DotNetDateTime(year: 2024, month: 12, day: 30).uformat("%G-W%V") == "2025-W01")
        #expect(try DotNetDateTime(year: 2026, month: 1, day: 11).uformat("%U") == "02")
    }

    @Test func epochSecondsUseUniversalTime() throws {
        var d = try DotNetDateTime(year: 1970, month: 1, day: 2)
        d.kind = .utc
        #expect(d.uformat("%s") == "86400")
    }
}

@Suite struct GetDateFormatTests {
    @Test func fileDateNamesUseBasicIsoForms() throws {
        var d = try DotNetDateTime(year: 2026, month: 1, day: 5, hour: 14, minute: 7, second: 9, millisecond: 123)
        #expect(try d.getDateFormat("FileDate") == "20260105")
        #expect(try d.getDateFormat("filedatetime") == "20260105T1407091230")
        d.kind = .utc
        #expect(try d.getDateFormat("FileDateUniversal") == "20260105Z")
        #expect(try d.getDateFormat("FileDateTimeUniversal") == "20260105T1407091230Z")
        #expect(try d.getDateFormat("yyyy") == "2026")
    }
}
