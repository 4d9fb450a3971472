// A variable initialised only right before the one `break` of a `loop`.
fn main() {
    let words = ["x", "yy", "zzz", "w"];
    let found: &str;
    let mut i = 0;
    loop {
        if words[i].len() == 3 {
            found = words[i];
            break;
        }
        i += 1;
    }
    println!("{} at {}", found, i);
}
