// Printing a month calendar: leap years, day-of-week by Zeller's congruence, padded columns and week numbers.
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

// 0 = Monday .. 6 = Sunday
fn weekday(y: i32, m: u32, d: u32) -> u32 {
    let (mut yy, mut mm) = (y, m as i32);
    if mm < 3 {
        mm += 12;
        yy -= 1;
    }
    let k = yy % 100;
    let j = yy / 100;
    let h = (d as i32 + (13 * (mm + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
    ((h + 5) % 7) as u32
}

const NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

fn render(y: i32, m: u32) -> Vec<String> {
    let mut lines = vec![format!("{:^20}", format!("{} {}", NAMES[m as usize - 1], y))];
    lines.push("Mo Tu We Th Fr Sa Su".to_string());
    let first = weekday(y, m, 1);
    let mut line = String::new();
    for _ in 0..first {
        line.push_str("   ");
    }
    for d in 1..=days_in_month(y, m) {
        line += &format!("{:>2}", d);
        if (first + d) % 7 == 0 {
            lines.push(line.trim_end().to_string());
            line.clear();
        } else {
            line.push(' ');
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

fn main() {
    for (y, m) in [(2024, 2), (2026, 12)] {
        for l in render(y, m) {
            println!("{}", l);
        }
        println!();
    }
    let leap_years: Vec<i32> = (1896..=1912).filter(|y| is_leap(*y)).collect();
    println!("leap years: {:?}", leap_years);
    let fridays13 = (1..=12).filter(|m| weekday(2026, *m, 13) == 4).map(|m| NAMES[m as usize - 1]).collect::<Vec<_>>();
    println!("Friday the 13th in 2026: {:?}", fridays13);
    let total: u32 = (1..=12).map(|m| days_in_month(2000, m)).sum();
    println!("days in 2000: {}", total);
}
