// Calendar arithmetic: leap years, day-of-year, days between dates, weekdays, adding days; a Date struct with Ord.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date {
    year: i32,
    month: u32,
    day: u32,
}

const NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

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

impl Date {
    fn new(year: i32, month: u32, day: u32) -> Result<Date, String> {
        if !(1..=12).contains(&month) {
            return Err(format!("month {} out of range", month));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!("{}-{:02} has no day {}", year, month, day));
        }
        Ok(Date { year, month, day })
    }

    fn ordinal(&self) -> i64 {
        let mut days = 0i64;
        for y in 1970..self.year {
            days += if is_leap(y) { 366 } else { 365 };
        }
        for m in 1..self.month {
            days += days_in_month(self.year, m) as i64;
        }
        days + self.day as i64 - 1
    }

    fn weekday(&self) -> &'static str {
        NAMES[((self.ordinal() + 3) % 7) as usize]
    }

    fn plus_days(mut self, mut n: u32) -> Date {
        while n > 0 {
            let left = days_in_month(self.year, self.month) - self.day;
            if n <= left {
                self.day += n;
                break;
            }
            n -= left + 1;
            self.day = 1;
            self.month += 1;
            if self.month > 12 {
                self.month = 1;
                self.year += 1;
            }
        }
        self
    }
}

fn main() {
    for y in [1900, 2000, 2024, 2026] {
        println!("{} leap: {}", y, is_leap(y));
    }
    let dates: Vec<Date> = [(2026, 12, 7), (2024, 2, 29), (1970, 1, 1), (2000, 3, 1)]
        .iter()
        .map(|&(y, m, d)| Date::new(y, m, d).unwrap())
        .collect();
    for d in &dates {
        println!("{}-{:02}-{:02} is a {} (day {} since epoch)", d.year, d.month, d.day, d.weekday(), d.ordinal());
    }
    println!("{:?}", Date::new(2023, 2, 29));
    println!("{:?}", Date::new(2023, 13, 1));
    let start = dates[0];
    for n in [0, 24, 25, 365, 1000] {
        let later = start.plus_days(n);
        println!("+{:>4} days: {:?} {}", n, later, later.weekday());
    }
    let mut sorted = dates.clone();
    sorted.sort();
    println!("earliest {:?}, latest {:?}", sorted.first().unwrap(), sorted.last().unwrap());
    println!("span {} days", sorted[sorted.len() - 1].ordinal() - sorted[0].ordinal());
}
