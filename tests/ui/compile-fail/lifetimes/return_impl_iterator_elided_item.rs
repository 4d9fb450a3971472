//@ compile-fail
// The item type of a returned `impl Iterator` borrows, but from which of the two inputs?
fn words<'a>(a: &'a str, b: &'a str) -> impl Iterator<Item = &str> { //~ ERROR E0106
    a.split(' ').chain(b.split(' '))
}

fn main() {
    let v: Vec<&str> = words("a b", "c").collect();
    println!("{:?}", v);
}
