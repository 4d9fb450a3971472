// `@` bindings of Copy values and of a reference.
fn main() {
    let t = (1, 2);
    let whole @ (first, _) = t;
    let o = Some(String::from("x"));
    if let r @ Some(_) = &o { println!("{:?}", r); }
    match 7 {
        n @ 1..=9 => println!("digit {}", n),
        _ => {}
    }
    println!("{:?} {}", whole, first);
}
