// `*b` moves the contents out of a Box (Box is special); the Box is consumed.
fn main() {
    let b = Box::new(String::from("boxed"));
    let s: String = *b;
    println!("{}", s);
    let pair = Box::new((String::from("l"), String::from("r")));
    let (l, r) = *pair;
    println!("{} {}", l, r);
    let nested = Box::new(Box::new(5));
    println!("{}", **nested + 1);
}
