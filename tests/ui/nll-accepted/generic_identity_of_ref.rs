// A generic identity function returning a borrowed argument.
fn id<T>(x: T) -> T {
    x
}

fn main() {
    let s = String::from("x");
    let r = id(&s);
    println!("{}", r);
}
