// A variable declared without a value is assigned on every path before it is read.
fn classify(n: i32) -> &'static str {
    let label: &str;
    if n < 0 {
        label = "negative";
    } else if n == 0 {
        label = "zero";
    } else {
        label = match n % 2 {
            0 => "even",
            _ => "odd",
        };
    }
    label
}

fn main() {
    let moved: String;
    let s = String::from("x");
    if s.len() > 0 {
        moved = s;
    } else {
        moved = String::new();
    }
    println!("{} {} {} {}", classify(-3), classify(0), classify(8), moved);
}
