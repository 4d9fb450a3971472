// A label assigned in every arm of a guarded match, one arm diverging.
fn label(n: i32) -> &'static str {
    let l: &str;
    match n {
        0 => l = "zero",
        x if x > 0 => l = "positive",
        x if x < -100 => return "very negative",
        _ => l = "negative",
    }
    l
}

fn main() {
    for n in [0, 5, -3, -500] {
        println!("{}", label(n));
    }
}
