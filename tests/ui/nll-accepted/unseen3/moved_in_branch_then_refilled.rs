// A value moved in one branch and refilled in that branch is usable after the `if`.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut name = String::from("draft");
    let mut total = 0;
    for round in 0..3 {
        if round % 2 == 0 {
            total += consume(name);
            name = format!("draft{}", round);
        }
        println!("{} {}", round, name);
    }
    println!("{}", total);
}
