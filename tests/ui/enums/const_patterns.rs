// Constants as patterns: user consts, `i32::MIN`/`u8::MAX`, ranges bounded by consts, structural aggregates.
const LIMIT: u8 = 100;
const HALF: u8 = LIMIT / 2 + 1;
const ORIGIN: Point = Point { x: 0, y: 0 };
const GREETING: &str = "hello";
const NOTHING: Option<i32> = None;
const ONE: Option<i32> = Some(1);
const CORNER: (char, bool) = ('#', true);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

struct Gauge;

impl Gauge {
    const FULL: u32 = 10;
    fn describe(level: u32) -> &'static str {
        match level {
            0 => "empty",
            Self::FULL => "full",
            1..Self::FULL => "partial",
            _ => "overflowing",
        }
    }
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN => "minimum",
        i32::MAX => "maximum",
        0 => "zero",
        _ => "other",
    }
}

fn bucket(b: u8) -> &'static str {
    match b {
        0..HALF => "low",
        HALF..=LIMIT => "high",
        101..=u8::MAX => "out of range",
    }
}

fn main() {
    for n in [i32::MIN, -1, 0, i32::MAX] {
        println!("{} is {}", n, classify(n));
    }
    for b in [0, 50, 51, 100, 255] {
        println!("{} -> {}", b, bucket(b));
    }
    for p in [Point { x: 0, y: 0 }, Point { x: 1, y: 0 }] {
        match p {
            ORIGIN => println!("{:?} is the origin", p),
            Point { x, .. } => println!("{:?} has x = {}", p, x),
        }
    }
    for w in ["hello", "world"] {
        if let GREETING = w {
            println!("greeting found");
        } else {
            println!("{} is not a greeting", w);
        }
    }
    for o in [None, Some(1), Some(2)] {
        let name = match o {
            NOTHING => "nothing".to_string(),
            ONE => "one".to_string(),
            Some(k) => format!("some {}", k),
        };
        println!("{}", name);
    }
    let cells = [('#', true), ('.', true), ('#', false)];
    let corners = cells.iter().filter(|&&c| matches!(c, CORNER)).count();
    println!("corners: {}", corners);
    for level in [0, 3, 10, 11] {
        println!("{} -> {}", level, Gauge::describe(level));
    }
}
