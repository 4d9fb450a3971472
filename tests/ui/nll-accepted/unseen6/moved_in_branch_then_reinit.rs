// A value moved in one branch is assigned again in that branch, so it is initialised after the `if`.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut buffer = String::from("draft one");
    let mut sent = 0;
    for round in 0..3 {
        if round % 2 == 0 {
            sent += consume(buffer);
            buffer = format!("draft {}", round + 2);
        }
        buffer.push('.');
    }
    println!("{} {}", buffer, sent);
}
