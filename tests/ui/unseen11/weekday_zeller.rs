// Day-of-week by Zeller's congruence, leap years and month lengths, all with match on integers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => panic!("bad month {}", m),
    }
}

fn weekday(y: i32, m: u32, d: u32) -> Weekday {
    let (y, m) = if m < 3 { (y - 1, m as i32 + 12) } else { (y, m as i32) };
    let k = y.rem_euclid(100);
    let j = y.div_euclid(100);
    let h = (d as i32 + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j).rem_euclid(7);
    match h {
        0 => Weekday::Sat,
        1 => Weekday::Sun,
        2 => Weekday::Mon,
        3 => Weekday::Tue,
        4 => Weekday::Wed,
        5 => Weekday::Thu,
        _ => Weekday::Fri,
    }
}

fn is_weekend(w: Weekday) -> bool {
    matches!(w, Weekday::Sat | Weekday::Sun)
}

fn main() {
    let dates = [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (2015, 5, 15), (1900, 3, 1)];
    for (y, m, d) in dates {
        let w = weekday(y, m, d);
        println!("{:04}-{:02}-{:02} is a {:?}{}", y, m, d, w, if is_weekend(w) { " (weekend)" } else { "" });
    }
    for y in [1900, 2000, 2023, 2024] {
        let total: u32 = (1..=12).map(|m| days_in_month(y, m)).sum();
        println!("{} leap={} days={}", y, is_leap(y), total);
    }
    let fridays: Vec<u32> = (1..=12).filter(|&m| weekday(2026, m, 13) == Weekday::Fri).collect();
    println!("friday the 13th in 2026: months {:?}", fridays);
    let mut count = [0; 7];
    for m in 1..=12 {
        for d in 1..=days_in_month(2026, m) {
            count[weekday(2026, m, d) as usize] += 1;
        }
    }
    println!("weekday counts 2026: {:?}", count);
}
