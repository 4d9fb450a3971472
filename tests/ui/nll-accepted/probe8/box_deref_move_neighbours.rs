// Moving out of a Box is allowed: the other fields stay usable and `*b = ..` puts a value back.
fn main() {
    let mut b = Box::new(String::from("a"));
    let s = *b;
    *b = String::from("c");
    println!("{} {}", s, b);
    let pair = Box::new((String::from("x"), 7));
    let t = pair.0;
    println!("{} {}", t, pair.1);
    let both = Box::new((String::from("l"), String::from("r")));
    let (l, r) = (both.0, both.1);
    println!("{} {}", l, r);
    let mut cur = Box::new(String::from("0"));
    for i in 0..3 {
        let old = *cur;
        println!("{} {}", i, old);
        *cur = format!("{}{}", old, i);
    }
    let nested: Box<Box<String>> = Box::new(Box::new(String::from("n")));
    let inner = **nested;
    println!("{}", inner);
}
