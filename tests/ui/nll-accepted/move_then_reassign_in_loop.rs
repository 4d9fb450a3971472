// A String moved on each iteration is reassigned before the next use.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut s = String::from("ab");
    let mut total = 0;
    for i in 0..3 {
        total += consume(s);
        s = "x".repeat(i + 1);
    }
    println!("{} {}", total, s);
}
