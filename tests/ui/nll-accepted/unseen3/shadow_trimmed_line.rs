// Shadowing a String with a slice of itself: the shadowed String still lives.
fn main() {
    let line = String::from("   padded   ");
    let line = line.trim();
    println!("[{}]", line);
    let n = String::from("42");
    let n: i32 = n.trim().parse().unwrap();
    println!("{}", n + 1);
}
