// The difference between {} and {:?} for String, &str, char, and in Option.
fn main() {
    let s = String::from("hi \"you\"");
    println!("{} / {:?}", s, s);
    println!("{} / {:?}", 'x', 'x');
    println!("{:?}", Some(&s));
    println!("{:?}", vec!["a", "b"]);
    println!("{:?}", ('c', "d", String::from("e")));
    println!("{:>10?}|", "pad");
    println!("{:<8?}|", 'q');
}
