// Exercism-style clock: minutes normalised with rem_euclid, Display with zero padding, add_minutes, equality of equivalent clocks
use std::fmt;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Clock {
    minutes: i32,
}

const DAY: i32 = 24 * 60;

impl Clock {
    fn new(hours: i32, minutes: i32) -> Self {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(DAY) }
    }
    fn add_minutes(&self, minutes: i32) -> Self {
        Clock::new(0, self.minutes + minutes)
    }
    fn hours(&self) -> i32 {
        self.minutes / 60
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hours(), self.minutes % 60)
    }
}

impl From<(i32, i32)> for Clock {
    fn from((h, m): (i32, i32)) -> Self {
        Clock::new(h, m)
    }
}

fn main() {
    let cases = [(8, 0), (11, 9), (24, 0), (25, 0), (100, 0), (1, 60), (0, 160), (-1, 15), (-25, -160), (-121, -5810)];
    for (h, m) in cases {
        println!("Clock::new({h}, {m}) = {}", Clock::new(h, m));
    }
    let c = Clock::new(10, 0);
    println!("{} + 3 = {}", c, c.add_minutes(3));
    println!("{} + 61 = {}", c, c.add_minutes(61));
    println!("{} - 160 = {}", c, c.add_minutes(-160));
    println!("{} + 3500 = {}", c, c.add_minutes(3500));
    let a = Clock::new(15, 37);
    let b = Clock::new(-33, -1403);
    println!("{a} == {b}: {}", a == b);
    let c: Clock = (23, 59).into();
    println!("{c:?} displays as {c} and {}", c.add_minutes(1));
    let text = format!("[{:>7}]", Clock::new(7, 5).to_string());
    println!("{text}");
    let mut times: Vec<Clock> = [(12, 0), (0, 30), (23, 15), (6, 45)].into_iter().map(Clock::from).collect();
    times.sort_by_key(|c| c.minutes);
    let listed: Vec<String> = times.iter().map(|c| c.to_string()).collect();
    println!("{}", listed.join(", "));
}
