// A token borrowed from the buffer is compared in an if condition and the buffer is cleared inside that if.
fn first_token(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

fn main() {
    let mut buf = String::from("quit now please");
    let tok = first_token(&buf);
    if tok == "quit" {
        buf.clear();
        buf.push_str("bye");
    }
    println!("{}", buf);
}
