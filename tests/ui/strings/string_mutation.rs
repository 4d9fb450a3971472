// insert, insert_str, remove, pop, truncate, retain and drain on a String.
fn main() {
    let mut s = String::from("hello");
    s.insert(0, '>');
    s.insert_str(1, "> ");
    println!("{s}");
    println!("{:?}", s.pop());
    println!("{}", s.remove(0));
    println!("{s}");
    s.truncate(4);
    println!("{s}");
    let mut t = String::from("a1b2c3");
    t.retain(|c| c.is_alphabetic());
    println!("{t}");
    let mut u = String::from("drain this text");
    let d: String = u.drain(..6).collect();
    println!("[{d}] [{u}] {}", u.capacity());
    u.replace_range(0..4, "THAT");
    println!("{u}");
}
