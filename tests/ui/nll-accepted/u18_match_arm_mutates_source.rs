// A match on a borrowed token whose arms only use copies: one arm clears the buffer the token came from.
fn main() {
    let mut buf = String::from("reset 3");
    let mut count = 0;
    match buf.split_once(' ') {
        Some(("reset", n)) => {
            count = n.parse::<i32>().unwrap_or(0);
            buf.clear();
        }
        Some((cmd, _)) => println!("unknown {}", cmd),
        None => {}
    }
    buf.push_str("done");
    println!("{} {}", buf, count);
}
